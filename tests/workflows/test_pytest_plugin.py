"""The `tensorcost_mock` pytest fixture, used as a user would: directly in these tests (the plugin
is installed through its entry point) and in a user's own project run by a real pytest."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import tensorcost
from tensorcost.testing import MockServer


def test_the_fixture_yields_a_ready_client(tensorcost_mock: MockServer) -> None:
    summary = tensorcost_mock.client.cost.get_summary()
    assert summary.currency == "USD"
    assert tensorcost_mock.mode == "asgi"  # in-process by default: no socket
    assert tensorcost_mock.base_url.startswith("http://tensorcost-mock.invalid")


def test_fault_injection_reaches_the_client(tensorcost_mock: MockServer) -> None:
    tensorcost_mock.faults.inject("cost_get_summary", "500", times=None)
    with pytest.raises(tensorcost.InternalServerError) as info:
        tensorcost_mock.client.with_options(max_retries=0).cost.get_summary()
    assert info.value.status_code == 500
    assert tensorcost_mock.faults.list()[0]["hits"] == 1
    tensorcost_mock.faults.clear()
    assert tensorcost_mock.client.cost.get_summary().currency == "USD"


def test_retries_get_through_a_transient_fault(tensorcost_mock: MockServer) -> None:
    tensorcost_mock.faults.inject("gpu_list_idle_instances", "503", times=1, retry_after=0)
    seen: list[object] = []
    tc = tensorcost_mock.client.with_options(on_retry=seen.append)
    assert tc.gpu.list_idle_instances() is not None
    assert len(seen) == 1


@pytest.mark.parametrize("fault", ["reset", "truncated"])
def test_dropped_connections_look_like_the_network(fault: str, tensorcost_mock: MockServer) -> None:
    tensorcost_mock.faults.inject("cost_get_summary", fault, times=None)
    with pytest.raises(tensorcost.APIConnectionError):
        tensorcost_mock.client.with_options(max_retries=0).cost.get_summary()


def test_a_slow_answer_times_out(tensorcost_mock: MockServer) -> None:
    tensorcost_mock.faults.inject("cost_get_summary", "slow", delay_ms=2000)
    with pytest.raises(tensorcost.APITimeoutError):
        tensorcost_mock.client.with_options(max_retries=0, timeout=0.2).cost.get_summary()


@pytest.mark.tensorcost_mock(now="2026-11-26T12:00:00Z", freeze_clock=True, seed=7)
def test_marker_sets_the_clock_and_seed(tensorcost_mock: MockServer) -> None:
    start = datetime(2026, 11, 26, 12, tzinfo=UTC)
    assert tensorcost_mock.clock.now() == start
    assert tensorcost_mock.clock.frozen
    assert tensorcost_mock.info()["seed"] == 7
    assert tensorcost_mock.clock.advance(timedelta(days=1)) == start + timedelta(days=1)
    assert tensorcost_mock.clock.set(start) == start


@pytest.mark.tensorcost_mock(now="2026-11-26T12:00:00Z", freeze_clock=True)
def test_a_token_expires_on_the_mock_clock_and_the_client_refreshes(tensorcost_mock: MockServer) -> None:
    tc = tensorcost_mock.client
    tc.cost.get_summary()
    tensorcost_mock.clock.advance(timedelta(hours=1))  # past the 15-minute access token
    assert tc.cost.get_summary().currency == "USD"


def test_seed_and_reset(tensorcost_mock: MockServer) -> None:
    tensorcost_mock.faults.inject("cost_get_summary", "500", times=None)
    tensorcost_mock.seed(11)
    assert tensorcost_mock.info()["seed"] == 11
    assert tensorcost_mock.faults.list() == []  # a reset clears the faults
    tensorcost_mock.reset()
    assert tensorcost_mock.info()["seed"] == 11


def test_other_users_and_tenants(tensorcost_mock: MockServer) -> None:
    viewer = tensorcost_mock.client_for("sam.okafor@acme-ai.com")
    assert viewer.cost.get_summary().currency == "USD"
    with pytest.raises(tensorcost.AuthenticationError):
        tensorcost.TensorCost(
            api_token="not-a-token",
            base_url=tensorcost_mock.base_url,
            http_client=tensorcost_mock.http_client(),
        ).cost.get_summary()


def test_token_for_code_that_takes_a_token(tensorcost_mock: MockServer) -> None:
    tc = tensorcost.TensorCost(
        api_token=tensorcost_mock.token(),
        base_url=tensorcost_mock.base_url,
        http_client=tensorcost_mock.http_client(),
    )
    assert tc.cost.get_summary().currency == "USD"


@pytest.mark.asyncio
async def test_async_client(tensorcost_mock: MockServer) -> None:
    async with tensorcost_mock.async_client() as tc:
        forecast = await tc.cost.get_forecast(horizon_days=30)
    assert forecast.currency == "USD"


@pytest.mark.tensorcost_mock(mode="port")
def test_port_mode_serves_a_real_url(tensorcost_mock: MockServer) -> None:
    import httpx

    assert tensorcost_mock.base_url.startswith("http://127.0.0.1:")
    token = tensorcost_mock.token()
    response = httpx.get(
        tensorcost_mock.base_url + "/cost/summary", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200


USER_TESTS = '''
import subprocess, sys
import pytest
import tensorcost


def monthly_spend(tc: tensorcost.TensorCost) -> str:
    """The user's own code under test."""
    return tc.cost.get_summary().effective_cost.amount


def test_my_report(tensorcost_mock):
    assert float(monthly_spend(tensorcost_mock.client)) > 0


def test_my_report_survives_an_outage(tensorcost_mock):
    tensorcost_mock.faults.inject("cost_get_summary", "503", times=1, retry_after=0)
    assert monthly_spend(tensorcost_mock.client)


def test_mode_from_the_command_line(tensorcost_mock):
    assert tensorcost_mock.mode == "port"


@pytest.mark.tensorcost_mock(seed=3)
def test_a_subprocess_reaches_the_mock(tensorcost_mock):
    code = "import os, tensorcost; print(tensorcost.TensorCost().cost.get_summary().currency)"
    env = {"TENSORCOST_BASE_URL": tensorcost_mock.base_url, "TENSORCOST_API_TOKEN": tensorcost_mock.token()}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "USD"
'''


def test_a_users_project_gets_the_fixture_from_the_entry_point(tmp_path: Path) -> None:
    """A fresh project with no conftest: the installed plugin provides the fixture and options."""
    (tmp_path / "test_user.py").write_text(textwrap.dedent(USER_TESTS))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--tensorcost-mock-mode=port",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "4 passed" in proc.stdout


def test_the_plugin_documents_its_marker_and_option(tmp_path: Path) -> None:
    markers = subprocess.run(
        [sys.executable, "-m", "pytest", "--markers", "-p", "no:cacheprovider"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert "@pytest.mark.tensorcost_mock(mode=" in markers.stdout
    helped = subprocess.run(
        [sys.executable, "-m", "pytest", "--help", "-p", "no:cacheprovider"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert "--tensorcost-mock-mode" in helped.stdout


def test_ini_option_selects_the_mode(tmp_path: Path) -> None:
    (tmp_path / "pytest.ini").write_text("[pytest]\ntensorcost_mock_mode = port\n")
    (tmp_path / "test_ini.py").write_text(
        "def test_mode(tensorcost_mock):\n    assert tensorcost_mock.mode == 'port'\n"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
