"""Client-side pacing from the `X-RateLimit-*` headers, per tenant, safe across threads and tasks."""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from typing import NamedTuple


class RateLimitInfo(NamedTuple):
    """The rate-limit headers of one response."""

    limit: int | None
    remaining: int | None
    reset: int | None  # unix seconds at which the budget is full again

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimitInfo:
        return cls(
            _int(headers.get("x-ratelimit-limit")),
            _int(headers.get("x-ratelimit-remaining")),
            _int(headers.get("x-ratelimit-reset")),
        )


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None


class RateLimiter:
    """Remembers each tenant's remaining budget and waits for the reset instead of sending a 429.

    `reserve` takes one request from the remembered budget (under a lock, so concurrent threads
    or tasks cannot all spend the last one) and returns how long to wait first; `update` records
    the server's view from each response. The waiting itself happens outside the lock.
    """

    __slots__ = ("_lock", "_state")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: dict[str, list[float]] = {}  # tenant -> [remaining, reset]

    def reserve(self, tenant: str, now: float | None = None) -> float:
        """Seconds to wait before sending a request for `tenant` (0.0: send now)."""
        if not self._state:
            return 0.0
        now = time.time() if now is None else now
        with self._lock:
            state = self._state.get(tenant)
            if state is None:
                return 0.0
            remaining, reset = state
            if now >= reset:  # a new window: the budget is full again, the server will tell
                del self._state[tenant]
                return 0.0
            if remaining >= 1:
                state[0] = remaining - 1
                return 0.0
            return reset - now

    def update(self, tenant: str, headers: Mapping[str, str]) -> None:
        """Record `X-RateLimit-Remaining` and `X-RateLimit-Reset` of a response."""
        remaining = headers.get("x-ratelimit-remaining")
        reset = headers.get("x-ratelimit-reset")
        if remaining is not None and reset is not None:
            self.record(tenant, remaining, reset)

    def record(self, tenant: str, remaining: str | bytes, reset: str | bytes) -> None:
        """Record the two header values (malformed ones are ignored)."""
        try:
            new = [float(remaining), float(reset)]
        except ValueError:
            return
        with self._lock:
            old = self._state.get(tenant)
            # Same window: responses can arrive out of order, so keep the smaller budget.
            if old is not None and old[1] == new[1]:
                new[0] = min(old[0], new[0])
            self._state[tenant] = new
