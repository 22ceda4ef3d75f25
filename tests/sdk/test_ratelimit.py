"""Pacing: the client waits for a refill instead of sending a request that would get a 429."""

from __future__ import annotations

import threading

import httpx
import pytest
import respx
from tensorcost import AsyncTensorCost, TensorCost
from tensorcost._ratelimit import RateLimiter

from .helpers import BASE, SUMMARY, TENANT_A, TENANT_B, Sleeps, now


def limited(remaining: int, reset: int) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": "1000",
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": str(reset),
    }


def test_spent_budget_waits_one_refill_interval(
    client: TensorCost, router: respx.MockRouter, sleeps: Sleeps
) -> None:
    # A token bucket of 1000 per minute admits the next request after 60/1000 s, not at the reset.
    route = router.get("/v1/cost/summary").respond(200, json=SUMMARY, headers=limited(0, now() + 5))
    client.cost.get_summary()
    assert sleeps.calls == []
    client.cost.get_summary()
    assert route.call_count == 2
    assert len(sleeps.calls) == 1
    assert 0.0 < sleeps.calls[0] <= 0.061


def test_remaining_budget_is_spent_locally_before_waiting(
    client: TensorCost, router: respx.MockRouter, sleeps: Sleeps
) -> None:
    reset = now() + 30
    router.get("/v1/cost/summary").mock(
        side_effect=[httpx.Response(200, json=SUMMARY, headers=limited(2, reset))]
        + [httpx.Response(200, json=SUMMARY)] * 3
    )
    for _ in range(3):
        client.cost.get_summary()
    assert sleeps.calls == []  # two requests left: both sent at once
    client.cost.get_summary()
    assert len(sleeps.calls) == 1  # the third would have been over the budget


def test_budget_is_per_tenant(client: TensorCost, router: respx.MockRouter, sleeps: Sleeps) -> None:
    reset = now() + 5
    router.get("/v1/cost/summary").mock(
        side_effect=lambda request: httpx.Response(
            200,
            json=SUMMARY,
            headers=limited(0 if request.headers.get("X-Active-Tenant-Id") == TENANT_A else 50, reset),
        )
    )
    client.cost.get_summary(tenant_id=TENANT_A)
    client.cost.get_summary(tenant_id=TENANT_B)
    client.cost.get_summary(tenant_id=TENANT_B)
    assert sleeps.calls == []
    client.cost.get_summary(tenant_id=TENANT_A)
    assert len(sleeps.calls) == 1


def test_past_reset_means_a_fresh_budget(
    client: TensorCost, router: respx.MockRouter, sleeps: Sleeps
) -> None:
    router.get("/v1/cost/summary").respond(200, json=SUMMARY, headers=limited(0, now() - 1))
    client.cost.get_summary()
    client.cost.get_summary()
    assert sleeps.calls == []


def test_a_guess_beyond_the_cap_asks_the_server_instead_of_raising(
    client: TensorCost, router: respx.MockRouter, sleeps: Sleeps
) -> None:
    # Without X-RateLimit-Limit the refill rate is unknown: the budget is back at the reset.
    # A reset beyond the client's cap is still only a guess, so the client asks the server.
    route = router.get("/v1/cost/summary").respond(
        200, json=SUMMARY, headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(now() + 600)}
    )
    client.cost.get_summary()
    client.cost.get_summary()
    assert route.call_count == 2
    assert sleeps.calls == []


def test_pacing_can_be_turned_off(router: respx.MockRouter, sleeps: Sleeps) -> None:
    route = router.get("/v1/cost/summary").respond(200, json=SUMMARY, headers=limited(0, now() + 5))
    with TensorCost(api_token="t", base_url=BASE, pace_rate_limits=False, _sleep=sleeps) as tc:
        tc.cost.get_summary()
        tc.cost.get_summary()
    assert route.call_count == 2
    assert sleeps.calls == []


def test_limiter_is_thread_safe() -> None:
    limiter = RateLimiter()
    t = now()
    limiter.update("t", {"x-ratelimit-remaining": "50", "x-ratelimit-reset": str(t + 60)})
    waits: list[float] = []
    lock = threading.Lock()

    def take() -> None:
        for _ in range(25):
            wait = limiter.reserve("t", now=t)
            with lock:
                waits.append(wait)

    threads = [threading.Thread(target=take) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(1 for w in waits if w == 0) == 50  # exactly the budget, never more
    assert all(60 <= w <= 60.01 for w in waits if w)


def test_out_of_order_responses_keep_the_smaller_budget() -> None:
    limiter = RateLimiter()
    reset = str(now() + 60)
    limiter.update("t", {"x-ratelimit-remaining": "0", "x-ratelimit-reset": reset})
    limiter.update("t", {"x-ratelimit-remaining": "7", "x-ratelimit-reset": reset})  # a late, older answer
    assert limiter.reserve("t") > 0
    limiter.update("t", {"x-ratelimit-remaining": "abc", "x-ratelimit-reset": reset})  # ignored
    assert limiter.reserve("t") > 0


@pytest.mark.asyncio
async def test_async_pacing(aclient: AsyncTensorCost, router: respx.MockRouter, sleeps: Sleeps) -> None:
    router.get("/v1/cost/summary").respond(200, json=SUMMARY, headers=limited(0, now() + 3))
    await aclient.cost.get_summary()
    await aclient.cost.get_summary()
    assert len(sleeps.calls) == 1
    assert 0.0 < sleeps.calls[0] <= 0.061
