"""CI authentication against the mock: a 90-day service token drives the CLI and the gate, an
expired token is reported once with what to do, and a tenant name is a one-line usage error."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from tensorcost import InvalidArgumentError, TensorCost
from tensorcost.testing import MockServer

from .conftest import EMAIL, Cli

CONDITIONS = (
    "--max-forecast",
    "100000000",
    "--max-daily-spend",
    "openai_api=100000000",
    "--max-daily-spend",
    "bedrock=100000000",
)


@pytest.fixture
def ci_env(mock: MockServer, monkeypatch: pytest.MonkeyPatch) -> MockServer:
    """A scheduled CI job: the base URL and a 90-day service token, nothing else."""
    monkeypatch.setenv("TENSORCOST_BASE_URL", mock.base_url)
    monkeypatch.setenv("TENSORCOST_API_TOKEN", mock.service_token(ttl="90d"))
    return mock


def test_a_service_token_outlives_the_login_token_then_is_reported_once(cli: Cli, ci_env: MockServer) -> None:
    assert cli("gate", *CONDITIONS).code == 0
    ci_env.clock.advance(timedelta(days=30))  # a login's 15-minute token died long ago
    assert cli("gate", *CONDITIONS).code == 0
    assert cli("cost", "summary", "--json").code == 0

    ci_env.clock.advance(timedelta(days=61))
    result = cli("gate", *CONDITIONS)
    assert result.code == 2
    assert result.out.count("TOKEN_EXPIRED") == 1
    assert result.out.count("not checked: not authenticated") == 3
    assert "Service tokens are not refreshed" in result.out
    assert "tensorcost-mock token --service" in result.out  # the mock says how to mint a new one

    summary = cli("cost", "summary")
    assert summary.code == 2
    assert summary.err.count("TOKEN_EXPIRED") == 1
    assert "Service tokens are not refreshed" in summary.err


def test_an_expired_login_token_is_reported_once_with_log_in_again(
    cli: Cli, mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TENSORCOST_BASE_URL", mock.base_url)
    monkeypatch.setenv("TENSORCOST_API_TOKEN", mock.token(EMAIL))
    mock.clock.advance(timedelta(minutes=16))
    for fmt in ("text", "github", "json"):
        result = cli("gate", *CONDITIONS, "--format", fmt)
        assert result.code == 2
        assert result.out.count("TOKEN_EXPIRED") == 1, result.out
        assert "lives 15 minutes" in result.out
        assert "log in again" in result.out


def test_a_gate_without_any_token_says_so_once(
    cli: Cli, mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TENSORCOST_BASE_URL", mock.base_url)
    result = cli("gate", *CONDITIONS)
    assert result.code == 2
    assert result.out.count("not logged in") == 1
    assert "TENSORCOST_API_TOKEN" in result.out


def test_a_tenant_name_is_a_one_line_usage_error(cli: Cli, mock: MockServer) -> None:
    login = cli(
        "login",
        "--base-url",
        mock.base_url,
        "--email",
        EMAIL,
        "--tenant-id",
        "Acme AI",
        "--password-stdin",
        stdin=mock.password,
    )
    assert login.code == 2
    assert login.err.splitlines() == [
        "tensorcost: error: --tenant-id must be the tenant's UUID "
        "(e.g. 3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01), not its name; got 'Acme AI'"
    ]
    summary = cli("cost", "summary", "--tenant-id", "Acme AI", "--base-url", mock.base_url)
    assert summary.code == 2
    assert len(summary.err.splitlines()) == 1
    assert "Traceback" not in summary.err


def test_login_print_env_feeds_a_short_job(cli: Cli, mock: MockServer) -> None:
    result = cli(
        "login",
        "--base-url",
        mock.base_url,
        "--email",
        EMAIL,
        "--tenant-id",
        mock.tenant_of(EMAIL),
        "--password-stdin",
        "--print-env",
        stdin=mock.password,
    )
    assert result.code == 0
    assert [line.split("=", 1)[0] for line in result.out.splitlines()] == [
        "export TENSORCOST_BASE_URL",
        "export TENSORCOST_TENANT_ID",
        "export TENSORCOST_API_TOKEN",
    ]
    assert "15 minutes" in result.err
    assert "service token" in result.err


@pytest.mark.tensorcost_mock(now="2026-11-26T12:00:00Z", freeze_clock=True)
def test_clock_set_takes_dates_strings_and_naive_datetimes(tensorcost_mock: MockServer) -> None:
    midnight = datetime(2026, 11, 1, tzinfo=UTC)
    assert tensorcost_mock.clock.set(date(2026, 11, 1)) == midnight
    assert tensorcost_mock.clock.set("2026-11-02T00:00:00Z") == midnight + timedelta(days=1)
    assert tensorcost_mock.clock.set(datetime(2026, 11, 3)) == midnight + timedelta(days=2)
    with pytest.raises(InvalidArgumentError, match=r"^instant must be an ISO-8601"):
        tensorcost_mock.clock.set("next week")


@pytest.mark.tensorcost_mock(now="2026-11-26T12:00:00Z", freeze_clock=True)
def test_the_sdk_takes_a_service_token_from_the_fixture(tensorcost_mock: MockServer) -> None:
    token = tensorcost_mock.service_token()
    with TensorCost(
        api_token=token, base_url=tensorcost_mock.base_url, http_client=tensorcost_mock.http_client()
    ) as tc:
        assert tc.cost.get_by_source(start="2026-11-01").items
        assert repr(tc).endswith("auth='token')")
