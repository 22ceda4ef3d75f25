"""Client configuration: base URL, environment, tenant, timeouts, options, lifecycle, imports, money."""

from __future__ import annotations

import decimal
import subprocess
import sys

import httpx
import pytest
import respx
import tensorcost
from tensorcost import AsyncTensorCost, TensorCost, to_decimal

from .helpers import BASE, SUMMARY, TENANT_A, TENANT_B

TENANT_ENV = "5d0c8a3e-1f2b-4c6d-9e7f-0a1b2c3d4e5f"


@pytest.mark.parametrize(
    "base_url",
    [
        "http://api.test",
        "http://api.test/",
        "http://api.test/v1",
        "http://api.test/v1/",
        " http://api.test/v1 ",
    ],
)
def test_base_url_with_or_without_v1_reaches_the_same_path(base_url: str, router: respx.MockRouter) -> None:
    route = router.get("/v1/cost/summary").respond(200, json=SUMMARY)
    with TensorCost(api_token="t", base_url=base_url) as tc:
        tc.cost.get_summary()
        assert tc.base_url == "http://api.test/v1"
    assert str(route.calls.last.request.url) == "http://api.test/v1/cost/summary"


def test_base_url_keeps_a_path_prefix() -> None:
    with respx.mock(base_url="http://gw.test/tensorcost") as router:
        route = router.get("/v1/cost/summary").respond(200, json=SUMMARY)
        with TensorCost(api_token="t", base_url="http://gw.test/tensorcost/v1") as tc:
            tc.cost.get_summary()
    assert route.calls.last.request.url.path == "/tensorcost/v1/cost/summary"


def test_default_base_url_and_bad_scheme() -> None:
    with TensorCost(api_token="t") as tc:
        assert tc.base_url == "https://api.tensorcost.com/v1"
    with pytest.raises(ValueError, match="http:// or https://"):
        TensorCost(api_token="t", base_url="api.tensorcost.com/v1")


def test_environment_fallbacks(router: respx.MockRouter, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENSORCOST_API_TOKEN", "env-token")
    monkeypatch.setenv("TENSORCOST_BASE_URL", "http://api.test/v1/")
    monkeypatch.setenv("TENSORCOST_TENANT_ID", TENANT_ENV)
    route = router.get("/v1/cost/summary").respond(200, json=SUMMARY)
    with TensorCost() as tc:
        tc.cost.get_summary()
    headers = route.calls.last.request.headers
    assert headers["Authorization"] == "Bearer env-token"
    assert headers["X-Active-Tenant-Id"] == TENANT_ENV
    with TensorCost(api_token="arg-token", tenant_id=TENANT_A) as tc:  # arguments win
        tc.cost.get_summary()
    assert route.calls.last.request.headers["X-Active-Tenant-Id"] == TENANT_A


def test_tenant_header_default_override_and_absent(client: TensorCost, router: respx.MockRouter) -> None:
    route = router.get("/v1/cost/summary").respond(200, json=SUMMARY)
    client.cost.get_summary()
    assert "X-Active-Tenant-Id" not in route.calls.last.request.headers
    scoped = client.with_options(tenant_id=TENANT_A)
    scoped.cost.get_summary()
    assert route.calls.last.request.headers["X-Active-Tenant-Id"] == TENANT_A
    scoped.cost.get_summary(tenant_id=TENANT_B)
    assert route.calls.last.request.headers["X-Active-Tenant-Id"] == TENANT_B
    assert client.tenant_id is None
    assert scoped.tenant_id == TENANT_A


def test_with_options_shares_the_pool_and_does_not_close_it(router: respx.MockRouter) -> None:
    router.get("/v1/cost/summary").respond(200, json=SUMMARY)
    tc = TensorCost(api_token="t", base_url=BASE)
    derived = tc.with_options(max_retries=0, timeout=3)
    assert derived._http is tc._http
    assert derived._credentials is tc._credentials
    derived.close()
    tc.cost.get_summary()  # still open
    tc.close()
    assert tc._http.is_closed


def test_timeouts_default_client_and_per_call(client: TensorCost, router: respx.MockRouter) -> None:
    route = router.get("/v1/cost/summary").respond(200, json=SUMMARY)
    client.cost.get_summary()
    assert route.calls.last.request.extensions["timeout"] == {
        "connect": 5.0,
        "read": 60.0,
        "write": 60.0,
        "pool": 60.0,
    }
    client.cost.get_summary(timeout=2.5)
    assert route.calls.last.request.extensions["timeout"]["read"] == 2.5
    assert route.calls.last.request.extensions["timeout"]["connect"] == 2.5
    client.with_options(timeout=httpx.Timeout(30, connect=1)).cost.get_summary()
    assert route.calls.last.request.extensions["timeout"] == {
        "connect": 1,
        "read": 30,
        "write": 30,
        "pool": 30,
    }
    with TensorCost(api_token="t", base_url=BASE, timeout=30) as tc:
        tc.cost.get_summary()
    assert route.calls.last.request.extensions["timeout"]["read"] == 30


def test_bring_your_own_http_client(router: respx.MockRouter) -> None:
    route = router.get("/v1/cost/summary").respond(200, json=SUMMARY)
    http = httpx.Client(headers={"X-Corp-Proxy": "1"})
    with TensorCost(api_token="t", base_url=BASE, http_client=http) as tc:
        tc.cost.get_summary()
    assert route.calls.last.request.headers["X-Corp-Proxy"] == "1"
    assert route.calls.last.request.headers["User-Agent"].startswith("tensorcost-python/")
    assert route.calls.last.request.headers["Authorization"] == "Bearer t"
    assert "Authorization" not in http.headers  # the token goes with each request, not on their client
    assert not http.is_closed  # not ours to close
    http.close()


def test_a_static_token_rides_on_the_own_pool_and_follows_the_credentials(router: respx.MockRouter) -> None:
    route = router.get("/v1/cost/summary").respond(200, json=SUMMARY)
    with TensorCost(api_token="first", base_url=BASE) as tc:
        tc.with_options(max_retries=0).cost.get_summary()
        assert route.calls.last.request.headers["Authorization"] == "Bearer first"
        tc._credentials.set("second", None, None)  # as a login does, in place
        tc.cost.get_summary()
        assert route.calls.last.request.headers["Authorization"] == "Bearer second"
        tc._credentials.set("", None, None)
        tc.cost.get_summary()
        assert "Authorization" not in route.calls.last.request.headers


def test_services_are_lazy_and_cached(client: TensorCost) -> None:
    assert "cost" not in client.__dict__
    service = client.cost
    assert client.cost is service
    assert client.cost.with_raw_response is service.with_raw_response


@pytest.mark.asyncio
async def test_async_client_configuration(router: respx.MockRouter) -> None:
    route = router.get("/v1/cost/summary").respond(200, json=SUMMARY)
    async with AsyncTensorCost(api_token="t", base_url="http://api.test/v1/", tenant_id=TENANT_A) as tc:
        await tc.with_options(tenant_id=TENANT_B).cost.get_summary()
        assert route.calls.last.request.headers["X-Active-Tenant-Id"] == TENANT_B
        await tc.cost.get_summary()
        assert route.calls.last.request.headers["X-Active-Tenant-Id"] == TENANT_A
        assert (
            repr(tc)
            == f"AsyncTensorCost(base_url='http://api.test/v1', tenant_id='{TENANT_A}', auth='token')"
        )
    assert tc._http.is_closed


def test_import_does_not_load_endpoint_modules() -> None:
    # The clients subclass the generated service bases; no service, model or attrs is loaded yet.
    code = (
        "import sys, tensorcost\n"
        "loaded = [m for m in sys.modules if m.startswith(('tensorcost._generated', 'attr'))]\n"
        "assert sorted(loaded) == ['tensorcost._generated', 'tensorcost._generated.api'], loaded\n"
        "tc = tensorcost.TensorCost(api_token='t')\n"
        "tc.cost\n"
        "assert 'tensorcost._generated.api.cost' in sys.modules\n"
        "assert 'tensorcost._generated.api.gpu' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_notebook_helpers_are_exported_lazily() -> None:
    code = (
        "import sys, tensorcost\n"
        "assert 'tensorcost._dataframe' not in sys.modules\n"
        "assert {'to_pandas', 'plot_forecast'} <= set(tensorcost.__all__) and 'to_pandas' in dir(tensorcost)\n"
        "from tensorcost import plot_forecast, to_pandas\n"
        "from tensorcost import _dataframe\n"
        "assert to_pandas is _dataframe.to_pandas and plot_forecast is _dataframe.plot_forecast\n"
        "assert not any(m in sys.modules for m in ('pandas', 'matplotlib'))\n"
        "try:\n"
        "    tensorcost.no_such_name\n"
        "except AttributeError as exc:\n"
        "    assert 'no_such_name' in str(exc)\n"
        "else:\n"
        "    raise AssertionError('no AttributeError')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_to_decimal_is_exact() -> None:
    from tensorcost._generated.models.money import Money

    amount = decimal.Decimal("0.000000150")
    assert to_decimal(Money(amount=amount, currency="USD")) == decimal.Decimal("0.00000015")
    assert to_decimal({"amount": "-12.50", "currency": "USD"}) == decimal.Decimal("-12.5")
    assert to_decimal("48213.77") + to_decimal("0.23") == decimal.Decimal("48214.00")


def test_money_in_a_real_result(client: TensorCost, router: respx.MockRouter) -> None:
    router.get("/v1/cost/summary").respond(200, json=SUMMARY)
    summary = client.cost.get_summary()
    total = sum(
        (
            to_decimal(m)
            for m in (
                summary.by_workload.gpu,
                summary.by_workload.managed_inference,
                summary.by_workload.agents,
            )
        ),
        decimal.Decimal(0),
    )
    assert total == to_decimal(summary.effective_cost)


def test_public_surface() -> None:
    assert tensorcost.__version__
    assert set(tensorcost.__all__) >= {
        "TensorCost",
        "AsyncTensorCost",
        "webhooks",
        "to_decimal",
        "RetryPolicy",
    }


def test_deprecated_operations_warn_once(client: TensorCost, router: respx.MockRouter) -> None:
    headers = {
        "Deprecation": "@1759276799",
        "Sunset": "Wed, 30 Sep 2026 23:59:59 GMT",
        "Link": '</v1/cost/summary>; rel="successor-version"',
    }
    router.get("/api/costs").respond(200, json=SUMMARY, headers=headers)
    with pytest.warns(
        DeprecationWarning, match="cost_get_costs_legacy is deprecated.*30 Sep 2026.*successor"
    ):
        client.cost.get_costs_legacy()
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.cost.get_costs_legacy()  # once per operation
