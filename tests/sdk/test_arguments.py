"""Arguments that behave like Python: instants, tenant ids, a missing token, services by name."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
import respx
from tensorcost import (
    AsyncTensorCost,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    MissingTokenError,
    TensorCost,
    TensorCostError,
)

from .helpers import BASE, TENANT_A, success_example

BY_SOURCE = success_example("cost_get_by_source")[2]


def sent_window(router: respx.MockRouter, **window: Any) -> dict[str, str]:
    route = router.get("/v1/cost/by-source").respond(200, json=BY_SOURCE)
    with TensorCost(api_token="t", base_url=BASE) as tc:
        tc.cost.get_by_source(**window)
    return dict(route.calls.last.request.url.params)


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ("2026-11-01", "2026-11-01T00:00:00+00:00"),
        ("2026-11-01T08:30:00Z", "2026-11-01T08:30:00+00:00"),
        ("2026-11-01T08:30:00+02:00", "2026-11-01T08:30:00+02:00"),
        (date(2026, 11, 1), "2026-11-01T00:00:00+00:00"),
        (datetime(2026, 11, 1, 8, 30), "2026-11-01T08:30:00+00:00"),  # naive means UTC
        (datetime(2026, 11, 1, 8, 30, tzinfo=timezone(timedelta(hours=-5))), "2026-11-01T08:30:00-05:00"),
    ],
)
def test_time_arguments_accept_dates_strings_and_naive_datetimes(
    router: respx.MockRouter, given: object, sent: str
) -> None:
    assert sent_window(router, start=given, end=given) == {"start": sent, "end": sent}


def test_a_bad_time_argument_names_the_parameter(router: respx.MockRouter) -> None:
    route = router.get("/v1/cost/by-source").respond(200, json=BY_SOURCE)
    with TensorCost(api_token="t", base_url=BASE) as tc:
        with pytest.raises(InvalidArgumentError, match=r"^end must be an ISO-8601 date") as bad:
            tc.cost.get_by_source(start="2026-11-01", end="November")
        assert bad.value.argument == "end"
        assert isinstance(bad.value, ValueError)
        with pytest.raises(InvalidArgumentTypeError, match=r"^start must be a datetime") as wrong:
            tc.cost.get_by_source(start=1_700_000_000)  # type: ignore[arg-type]
        assert isinstance(wrong.value, TypeError)
        assert isinstance(wrong.value, TensorCostError)
    assert route.call_count == 0  # nothing was sent


@pytest.mark.asyncio
async def test_async_time_arguments(router: respx.MockRouter) -> None:
    route = router.get("/v1/cost/by-source").respond(200, json=BY_SOURCE)
    async with AsyncTensorCost(api_token="t", base_url=BASE) as tc:
        await tc.cost.get_by_source(start=date(2026, 11, 1))
        with pytest.raises(InvalidArgumentError, match="start"):
            await tc.cost.get_by_source(start="yesterday")
    assert route.calls.last.request.url.params["start"] == "2026-11-01T00:00:00+00:00"


def test_a_tenant_name_instead_of_its_uuid_is_a_typed_error(
    router: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^tenant_id must be the tenant's UUID") as bad:
        TensorCost(api_token="t", tenant_id="Acme AI")
    assert bad.value.argument == "tenant_id"
    monkeypatch.setenv("TENSORCOST_TENANT_ID", "acme")
    with pytest.raises(InvalidArgumentError, match=r"^TENSORCOST_TENANT_ID must be"):
        TensorCost(api_token="t")
    monkeypatch.delenv("TENSORCOST_TENANT_ID")
    route = router.get("/v1/cost/summary").respond(200, json=success_example("cost_get_summary")[2])
    with TensorCost(api_token="t", base_url=BASE) as tc:
        with pytest.raises(InvalidArgumentError, match="tenant_id"):
            tc.with_options(tenant_id="Acme AI")
        with pytest.raises(InvalidArgumentError, match="tenant_id"):
            tc.cost.get_summary(tenant_id="Acme AI")
        with pytest.raises(InvalidArgumentTypeError, match="tenant_id"):
            tc.cost.get_summary(tenant_id=42)  # type: ignore[arg-type]
        tc.cost.get_summary(tenant_id=TENANT_A.upper())  # any spelling of a UUID is fine
    assert route.call_count == 1
    assert route.calls.last.request.headers["X-Active-Tenant-Id"] == TENANT_A
    with pytest.raises(InvalidArgumentError, match="tenant_id"):
        TensorCost.login(email="a@b.c", password="p", tenant_id="Acme AI", base_url=BASE)


def test_no_token_at_all_fails_at_construction_with_the_three_ways() -> None:
    for make in (TensorCost, AsyncTensorCost):
        with pytest.raises(MissingTokenError) as missing:
            make(base_url=BASE)
        message = str(missing.value)
        assert "api_token=" in message
        assert "TENSORCOST_API_TOKEN" in message
        assert "TensorCost.login" in message


def test_services_complete_in_dir_and_typos_get_a_suggestion() -> None:
    tc = TensorCost(api_token="t")
    names = dir(tc)
    for service in ("ai", "alert", "auth", "cost", "gpu", "report", "tenant"):
        assert service in names
    assert "with_options" in names
    with pytest.raises(AttributeError, match=r"no attribute 'costs'$"):
        tc.costs  # noqa: B018
    # The services are ordinary class attributes, so Python's own traceback suggests them.
    typo = "import tensorcost\ntensorcost.TensorCost(api_token='t').costs\n"
    shown = subprocess.run([sys.executable, "-c", typo], capture_output=True, text=True)
    assert "Did you mean: 'cost'?" in shown.stderr
    with pytest.raises(AttributeError, match=r"no attribute 'zzz'$"):
        tc.zzz  # noqa: B018
    assert not hasattr(tc, "_repr_html_")
    assert "cost" in dir(AsyncTensorCost(api_token="t"))


def test_a_body_mapping_with_a_missing_field_names_it_before_sending(router: respx.MockRouter) -> None:
    route = router.post("/v1/alert/rules").respond(201, json={})
    with TensorCost(api_token="t", base_url=BASE) as tc, pytest.raises(InvalidArgumentError) as info:
        tc.alert.create_rule(body={"name": "gpu spend"})
    assert isinstance(info.value, TensorCostError)
    assert info.value.argument.startswith("body.")
    assert "missing" in str(info.value)
    assert not route.called


def test_a_body_mapping_with_a_wrong_type_names_the_field_not_the_value(router: respx.MockRouter) -> None:
    route = router.post("/v1/identity/agent-credentials").respond(201, json={})
    secret = 1234567890123
    with TensorCost(api_token="t", base_url=BASE) as tc, pytest.raises(InvalidArgumentError) as info:
        tc.identity.create_agent_credential(body={"name": secret})
    assert info.value.argument == "body.name"
    assert "expected a string" in str(info.value)
    assert str(secret) not in str(info.value)
    assert not route.called


@pytest.mark.asyncio
async def test_async_bodies_are_checked_the_same_way(router: respx.MockRouter) -> None:
    async with AsyncTensorCost(api_token="t", base_url=BASE) as tc:
        with pytest.raises(InvalidArgumentError) as info:
            await tc.identity.create_agent_credential(body={"name": 5})
    assert info.value.argument == "body.name"


def test_to_pandas_names_a_bad_money_argument() -> None:
    from tensorcost._dataframe import to_pandas

    with pytest.raises(InvalidArgumentError) as info:
        to_pandas([], money="cents")  # type: ignore[arg-type]
    assert info.value.argument == "money"
