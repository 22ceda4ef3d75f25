"""A simulated gateway: the per-tenant Redis token bucket the reference describes, on a fake clock."""

from __future__ import annotations

import math


class FakeClock:
    """Wall-clock seconds that only move when someone sleeps."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.now += seconds


class TokenBucket:
    """`limit` requests that refill continuously at `limit` per minute; headers as the gateway sends."""

    def __init__(self, limit: int, clock: FakeClock) -> None:
        self.limit = limit
        self.clock = clock
        self.tokens = float(limit)
        self.updated = clock()
        self.admitted: list[float] = []
        self.rejected = 0

    def take(self, now: float | None = None) -> tuple[int, dict[str, str]]:
        """(status, headers) of one request arriving at `now`."""
        now = self.clock() if now is None else now
        rate = self.limit / 60.0
        self.tokens = min(float(self.limit), self.tokens + max(0.0, now - self.updated) * rate)
        self.updated = max(self.updated, now)
        headers = {"X-RateLimit-Limit": str(self.limit)}
        if self.tokens >= 1:
            self.tokens -= 1
            self.admitted.append(now)
            status = 200
        else:
            self.rejected += 1
            headers["Retry-After"] = str(max(1, math.ceil((1 - self.tokens) / rate)))
            status = 429
        headers["X-RateLimit-Remaining"] = str(int(self.tokens))
        headers["X-RateLimit-Reset"] = str(math.ceil(now + (self.limit - self.tokens) / rate))
        return status, headers
