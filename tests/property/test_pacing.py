"""Rate-limit pacing: the client never sends more requests in a window than the server's budget."""

from __future__ import annotations

import threading
import time

import httpx
import respx
from hypothesis import given, settings
from hypothesis import strategies as st
from tensorcost import TensorCost

BASE = "https://api.tensorcost.test"


class TokenBucketServer:
    """A one-second fixed-window limiter, as the gateway does it, that records every request."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.lock = threading.Lock()
        self.sent_per_window: dict[int, int] = {}
        self.too_many = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            window = int(time.time())
            used = self.sent_per_window.get(window, 0) + 1
            self.sent_per_window[window] = used
            headers = {
                "X-RateLimit-Limit": str(self.budget),
                "X-RateLimit-Remaining": str(max(0, self.budget - used)),
                "X-RateLimit-Reset": str(window + 1),
            }
            if used > self.budget:
                self.too_many += 1
                return httpx.Response(429, headers={**headers, "Retry-After": "1"}, json=_error())
            return httpx.Response(200, headers=headers, json={"success": True, "data": _tenant(), "count": 1})


def _error() -> dict[str, object]:
    return {"success": False, "error": "rate limited", "code": "RATE_LIMITED", "trace_id": "t1"}


def _tenant() -> dict[str, object]:
    return {
        "id": "3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01",
        "name": "Acme AI",
        "slug": "acme-ai",
        "plan": "team",
        "rate_limit_per_minute": 1000,
        "default_currency": "USD",
        "timezone": "UTC",
        "idle_threshold_pct": 10,
        "created_at": "2026-10-01T16:20:00Z",
    }


@settings(max_examples=4, deadline=None, database=None)
@given(budget=st.integers(min_value=1, max_value=4), extra=st.integers(min_value=1, max_value=3))
def test_pacing_never_exceeds_the_budget_of_a_window(budget: int, extra: int) -> None:
    server = TokenBucketServer(budget)
    with respx.mock(base_url=BASE) as router, TensorCost(api_token="tok", base_url=BASE, max_retries=0) as tc:
        router.get("/v1/tenant").mock(side_effect=server)
        # Start just after a window opens so that the whole budget belongs to one window.
        time.sleep(1 - (time.time() % 1) + 0.01)
        for _ in range(budget + extra):
            tc.tenant.get_settings()
    assert server.too_many == 0
    assert all(count <= budget for count in server.sent_per_window.values())
    assert sum(server.sent_per_window.values()) == budget + extra
