"""Pacing follows the gateway's token bucket: no 429s of its own making, no lock-out, full throughput.

Issue 12: with a 20/min budget, calls 21-24 raised "rate limit is spent for 60 s" without
sending although the server admits one request every 3 s, and one `X-RateLimit-Reset` of
99999999999 (or `inf`) locked the client out until restart.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterator

import httpx
import pytest
import respx
from hypothesis import given, settings
from hypothesis import strategies as st
from tensorcost import TensorCost
from tensorcost._ratelimit import RateLimiter

from .gateway import FakeClock, TokenBucket

BASE = "http://api.test"
TENANT = {
    "success": True,
    "data": {
        "id": "3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01",
        "name": "Acme AI",
        "slug": "acme-ai",
        "plan": "team",
        "rate_limit_per_minute": 20,
        "default_currency": "USD",
        "timezone": "UTC",
        "idle_threshold_pct": 10,
        "created_at": "2026-10-01T16:20:00Z",
    },
}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _pace_with(tc: TensorCost, clock: FakeClock) -> None:
    """Give the client a limiter on the fake clock (before any service is used)."""
    tc._config = tc._config.replace(limiter=RateLimiter(clock=clock))
    tc._runner = tc._make_runner()


@pytest.fixture
def client(clock: FakeClock) -> Iterator[TensorCost]:
    with TensorCost(api_token="tok", base_url=BASE, _sleep=clock.sleep) as tc:
        _pace_with(tc, clock)  # the limiter's clock is the fake one
        yield tc


def serve(bucket: TokenBucket) -> respx.MockRouter:
    router = respx.mock(base_url=BASE, assert_all_called=False)

    def answer(request: httpx.Request) -> httpx.Response:
        status, headers = bucket.take()
        body = TENANT if status == 200 else {"success": False, "error": "slow down", "code": "RATE_LIMITED"}
        return httpx.Response(status, headers=headers, json=body)

    router.get("/v1/tenant").mock(side_effect=answer)
    return router


def test_calls_past_a_20_per_minute_budget_wait_one_refill_interval(
    client: TensorCost, clock: FakeClock
) -> None:
    bucket = TokenBucket(20, clock)
    with serve(bucket):
        started = clock()
        for _ in range(24):
            client.tenant.get_settings()
    assert bucket.rejected == 0
    assert len(bucket.admitted) == 24
    # 20 at once, then one every 3 s: the four extra calls took about 12 s, not 60 s or an error.
    assert 11.9 <= clock() - started <= 12.5


@pytest.mark.parametrize("reset", ["99999999999", "inf", "nan", "1e400", "-inf"])
def test_an_absurd_reset_does_not_lock_the_client_out(
    client: TensorCost, clock: FakeClock, reset: str
) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/v1/tenant").respond(
            200, json=TENANT, headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}
        )
        for _ in range(3):
            client.tenant.get_settings()
    assert route.call_count == 3
    assert clock() - 1_800_000_000.0 <= 2 * 60.0 + 0.01  # at most one refill window per call


@pytest.mark.parametrize("retry_after", ["99999999999", "inf", "nan"])
def test_an_absurd_retry_after_falls_back_to_backoff(
    client: TensorCost, clock: FakeClock, retry_after: str
) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/v1/tenant").mock(
            side_effect=[
                httpx.Response(
                    429, json={"success": False, "error": "x"}, headers={"Retry-After": retry_after}
                ),
                httpx.Response(200, json=TENANT),
            ]
        )
        client.tenant.get_settings()
    assert route.call_count == 2
    assert clock() - 1_800_000_000.0 < 10


def test_a_spent_budget_with_a_far_reset_still_asks_the_server(client: TensorCost, clock: FakeClock) -> None:
    # No X-RateLimit-Limit: the refill rate is unknown. A reset beyond the cap is only a guess.
    with respx.mock(base_url=BASE) as router:
        route = router.get("/v1/tenant").respond(
            200,
            json=TENANT,
            headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(int(clock()) + 3000)},
        )
        client.tenant.get_settings()
        client.tenant.get_settings()
    assert route.call_count == 2


def test_stale_state_is_forgotten(clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock)
    limiter.record("t", "0", str(int(clock()) + 3000))
    assert limiter.reserve("t", max_wait=60) == math.inf  # over the cap: the caller asks the server
    clock.sleep(121)
    assert limiter.reserve("t") == 0.0


def simulate(limit: int, callers: int, latency: float, duration: float) -> TokenBucket:
    """`callers` concurrent callers (threads or tasks) sharing one limiter, each sending again as
    soon as its previous answer arrived, against one gateway bucket; events in time order."""
    clock = FakeClock()
    bucket = TokenBucket(limit, clock)
    limiter = RateLimiter(clock=clock)
    end = clock() + duration
    events: list[tuple[float, int, int, str, int, dict[str, str]]] = []
    seq = 0

    def push(
        when: float, caller: int, kind: str, status: int = 0, headers: dict[str, str] | None = None
    ) -> None:
        nonlocal seq
        seq += 1
        heapq.heappush(events, (when, seq, caller, kind, status, headers or {}))

    for caller in range(callers):
        push(clock(), caller, "ready")
    while events:
        when, _, caller, kind, status, headers = heapq.heappop(events)
        if when > end:
            break
        clock.now = when
        if kind == "ready":
            wait = limiter.reserve("tenant", max_wait=60.0)
            push(when + (wait if wait != math.inf else 0.0), caller, "send")
        elif kind == "send":
            status, headers = bucket.take(when)
            push(when + latency, caller, "answer", status, headers)
        else:
            lower = {k.lower(): v for k, v in headers.items()}
            limiter.update("tenant", lower)
            push(when, caller, "ready")
    return bucket


@settings(max_examples=60, deadline=None, database=None)
@given(
    limit=st.integers(1, 120),
    callers=st.integers(1, 16),
    latency=st.sampled_from([0.0, 0.001, 0.05, 0.2]),
    minutes=st.integers(2, 6),
)
def test_pacing_alone_never_earns_a_429_and_uses_the_budget(
    limit: int, callers: int, latency: float, minutes: int
) -> None:
    callers = min(callers, limit)  # a first burst wider than the bucket is rejected by any client
    duration = minutes * 60.0
    bucket = simulate(limit, callers, latency, duration)
    assert bucket.rejected == 0
    # After the initial full bucket, the steady rate is >= 90% of limit per minute.
    start = 1_800_000_000.0
    steady = [t for t in bucket.admitted if t >= start + 60.0]
    budget = limit * (duration - 60.0) / 60.0
    assert len(steady) >= math.floor(0.9 * budget)


@settings(max_examples=25, deadline=None, database=None)
@given(limit=st.integers(1, 60), calls=st.integers(1, 80))
def test_a_client_never_locks_itself_out(limit: int, calls: int) -> None:
    clock = FakeClock()
    bucket = TokenBucket(limit, clock)
    with serve(bucket), TensorCost(api_token="tok", base_url=BASE, _sleep=clock.sleep) as tc:
        _pace_with(tc, clock)
        for _ in range(calls):
            tc.tenant.get_settings()
    assert bucket.rejected == 0
    assert len(bucket.admitted) == calls
    # No call waited longer than the server needed: total time is what the bucket dictates.
    needed = max(0, calls - limit) * 60.0 / limit
    assert clock() - 1_800_000_000.0 <= needed + 60.0 / limit + 0.001 * calls
