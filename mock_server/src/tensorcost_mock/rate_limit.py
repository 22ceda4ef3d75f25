"""Per-tenant token buckets (the gateway's rate limit), timed by the mock's clock."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .clock import Clock

#: Requests per minute by tenant tier, as the spec's description states.
TIER_LIMITS = {"standard": 1_000, "enterprise": 10_000}


@dataclass
class RateDecision:
    allowed: bool
    limit: int
    remaining: int
    reset: int  # unix seconds when the bucket is full again
    retry_after: int  # seconds until one request is allowed (0 when allowed)

    def headers(self) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset),
        }


class _Bucket:
    __slots__ = ("limit", "tokens", "updated")

    def __init__(self, limit: int, now: float) -> None:
        self.limit = limit
        self.tokens = float(limit)
        self.updated = now


class RateLimiter:
    """A bucket of ``limit`` requests per key that refills at ``limit`` per minute."""

    def __init__(self, clock: Clock, override: int | None = None) -> None:
        self.clock = clock
        self.override = override
        self._buckets: dict[str, _Bucket] = {}

    def reset(self) -> None:
        self._buckets.clear()

    def limit_for(self, tier: str) -> int:
        return self.override if self.override is not None else TIER_LIMITS.get(tier, TIER_LIMITS["standard"])

    def take(self, key: str, limit: int) -> RateDecision:
        now = self.clock.timestamp()
        bucket = self._buckets.get(key)
        if bucket is None or bucket.limit != limit:
            bucket = self._buckets[key] = _Bucket(limit, now)
        rate = limit / 60.0
        if now > bucket.updated:
            bucket.tokens = min(float(limit), bucket.tokens + (now - bucket.updated) * rate)
        bucket.updated = max(bucket.updated, now)
        allowed = bucket.tokens >= 1.0
        if allowed:
            bucket.tokens -= 1.0
        reset = math.ceil(now + (limit - bucket.tokens) / rate) if rate else math.ceil(now)
        retry_after = 0 if allowed else max(1, math.ceil((1.0 - bucket.tokens) / rate))
        return RateDecision(allowed, limit, int(bucket.tokens), reset, retry_after)
