"""A refresh that meets a 429 or 5xx is retried and raised as what it is, not as "log in again"."""

from __future__ import annotations

import httpx
import pytest
import respx
from sdk.helpers import success_example
from tensorcost import AsyncTensorCost, AuthenticationError, InternalServerError, RateLimitError, TensorCost

from .gateway import FakeClock
from .test_rate_limit_pacing import TENANT

BASE = "http://api.test"
PAIR = success_example("auth_refresh_tokens")[2]


def expired() -> httpx.Response:
    return httpx.Response(401, json={"success": False, "error": "token expired", "code": "UNAUTHORIZED"})


def client(clock: FakeClock) -> TensorCost:
    return TensorCost(api_token="old-access", refresh_token="old-refresh", base_url=BASE, _sleep=clock.sleep)


def test_a_503_while_refreshing_is_retried() -> None:
    clock = FakeClock()
    with respx.mock(base_url=BASE) as router, client(clock) as tc:
        router.get("/v1/tenant").mock(
            side_effect=lambda r: (
                httpx.Response(200, json=TENANT)
                if r.headers["Authorization"] == f"Bearer {PAIR['data']['accessToken']}"
                else expired()
            )
        )
        refresh = router.post("/v1/auth/refresh-tokens").mock(
            side_effect=[
                httpx.Response(503, json={"success": False, "error": "busy"}),
                httpx.Response(200, json=PAIR),
            ]
        )
        assert tc.tenant.get_settings().name == "Acme AI"
    assert refresh.call_count == 2


@pytest.mark.parametrize(
    ("status", "headers", "error"),
    [(503, {}, InternalServerError), (429, {"Retry-After": "2"}, RateLimitError)],
)
def test_a_refresh_endpoint_that_stays_down_raises_its_real_type(
    status: int, headers: dict[str, str], error: type[Exception]
) -> None:
    clock = FakeClock()
    with respx.mock(base_url=BASE) as router, client(clock) as tc:
        router.get("/v1/tenant").mock(side_effect=lambda r: expired())
        refresh = router.post("/v1/auth/refresh-tokens").respond(
            status, headers=headers, json={"success": False, "error": "later"}
        )
        with pytest.raises(error) as info:
            tc.tenant.get_settings()
    assert not isinstance(info.value, AuthenticationError)
    assert "log in again" not in str(info.value)
    assert refresh.call_count == 3  # the first try and max_retries=2


def test_a_rejected_refresh_token_still_says_log_in_again() -> None:
    clock = FakeClock()
    with respx.mock(base_url=BASE) as router, client(clock) as tc:
        router.get("/v1/tenant").mock(side_effect=lambda r: expired())
        router.post("/v1/auth/refresh-tokens").respond(401, json={"success": False, "error": "revoked"})
        with pytest.raises(AuthenticationError, match="log in again"):
            tc.tenant.get_settings()


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("status", "headers", "error"),
    [(503, {}, InternalServerError), (429, {"Retry-After": "2"}, RateLimitError)],
)
async def test_async_a_refresh_endpoint_that_stays_down_raises_its_real_type(
    status: int, headers: dict[str, str], error: type[Exception]
) -> None:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    async with AsyncTensorCost(
        api_token="old-access", refresh_token="old-refresh", base_url=BASE, _sleep=sleep
    ) as tc:
        with respx.mock(base_url=BASE) as router:
            router.get("/v1/tenant").mock(side_effect=lambda r: expired())
            refresh = router.post("/v1/auth/refresh-tokens").respond(
                status, headers=headers, json={"success": False, "error": "later"}
            )
            with pytest.raises(error) as info:
                await tc.tenant.get_settings()
    assert not isinstance(info.value, AuthenticationError)
    assert "log in again" not in str(info.value)
    assert refresh.call_count == 3
