"""Client-side pacing that models the gateway's token bucket, per tenant, safe across threads and tasks.

The gateway gives each tenant a bucket of `X-RateLimit-Limit` requests that refills continuously
at `limit` per minute; `X-RateLimit-Remaining` is what is left now and `X-RateLimit-Reset` the
time the bucket is full again. So when the budget is spent the next request is admitted after
about one refill interval (60 / limit seconds), not at the reset. The limiter mirrors that
bucket from the headers and spends from it locally, so concurrent callers queue one refill
interval apart instead of all sending into a 429.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from typing import NamedTuple

from ._constants import MAX_PLAUSIBLE_WAIT, RATE_LIMIT_STATE_TTL, RATE_LIMIT_WINDOW


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


def finite(value: str | bytes | None) -> float | None:
    """A header value as a finite float, or None (missing, malformed, NaN or infinite)."""
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


class _Bucket:
    """The client's estimate of one tenant's bucket."""

    __slots__ = ("full_at", "in_flight", "limit", "seen", "tokens", "updated")

    def __init__(self, limit: float | None, tokens: float, full_at: float | None, now: float) -> None:
        self.limit = limit  # requests per RATE_LIMIT_WINDOW; None when the server did not say
        self.tokens = tokens  # may go below 0: requests reserved by callers that are waiting
        self.full_at = full_at  # when the bucket is full again (limit unknown only)
        self.in_flight = 0  # reserved requests whose answer has not been recorded yet
        self.updated = now  # tokens are as of this time
        self.seen = now  # the server's last word

    def refill(self, now: float) -> None:
        if self.limit is not None and now > self.updated:
            self.tokens = min(self.limit, self.tokens + (now - self.updated) * self.limit / RATE_LIMIT_WINDOW)
        self.updated = max(self.updated, now)

    def wait_for_one(self, now: float) -> float:
        """Seconds until one more request is admitted (0: now)."""
        if self.tokens >= 1:
            wait = 0.0
        elif self.limit is not None:
            wait = (1 - self.tokens) * RATE_LIMIT_WINDOW / self.limit
        else:  # no refill rate known: the budget is back when the bucket is full
            wait = (self.full_at if self.full_at is not None else self.seen + RATE_LIMIT_WINDOW) - now
        return max(wait, 0.0)


class RateLimiter:
    """Remembers each tenant's bucket and says how long to wait so that no request earns a 429.

    `reserve` takes one request from the estimated bucket (under a lock, so concurrent threads or
    tasks queue one refill interval apart) and returns how long to wait first; `record` merges
    the server's view from each answer (minus the requests still in flight, which the server
    may not have counted yet), `release` ends a request that got no answer. Non-finite or absurd header values are ignored, and state older than
    `RATE_LIMIT_STATE_TTL` seconds is dropped: nothing the server says can lock the client out.
    The waiting happens outside the lock.
    """

    __slots__ = ("_clock", "_lock", "_state")

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._state: dict[str, _Bucket] = {}

    def reserve(self, tenant: str, now: float | None = None, *, max_wait: float = math.inf) -> float:
        """Seconds to wait before sending a request for `tenant` (0.0: send now).

        When the wait would be longer than `max_wait`, nothing is taken and the answer is
        `math.inf`: the caller then asks the server rather than giving up on the client's guess.
        """
        now = self._clock() if now is None else now
        with self._lock:
            bucket = self._state.get(tenant)
            if bucket is not None and self._expired(bucket, now):
                bucket = None
            if bucket is None:  # nothing known yet: send, and count the request in flight
                bucket = self._state[tenant] = _Bucket(None, math.inf, None, now)
            bucket.refill(now)
            bucket.in_flight += 1
            wait = bucket.wait_for_one(now)
            if wait - max_wait > 1e-6:  # (float noise on a wait of exactly the cap is no reason)
                return math.inf
            bucket.tokens -= 1
            # A millisecond more: the server must see a whole token despite float rounding.
            return wait + 0.001 if wait > 0 else 0.0

    @staticmethod
    def _expired(bucket: _Bucket, now: float) -> bool:
        if now - bucket.seen > RATE_LIMIT_STATE_TTL:
            return True  # stale: the server will tell again
        return bucket.limit is None and bucket.full_at is not None and now >= bucket.full_at

    def update(self, tenant: str, headers: Mapping[str, str]) -> None:
        """Record the `X-RateLimit-*` headers of an answer."""
        self.record(
            tenant,
            headers.get("x-ratelimit-remaining"),
            headers.get("x-ratelimit-reset"),
            headers.get("x-ratelimit-limit"),
        )

    def record(
        self,
        tenant: str,
        remaining: str | bytes | None,
        reset: str | bytes | None,
        limit: str | bytes | None = None,
        now: float | None = None,
    ) -> None:
        """Merge the server's view of an answered request (bad values are ignored)."""
        now = self._clock() if now is None else now
        left = finite(remaining)
        size = finite(limit)
        size = size if size is not None and 0 < size <= 10**9 else None
        full_at = finite(reset)
        if full_at is not None and full_at - now > MAX_PLAUSIBLE_WAIT:
            full_at = None  # absurdly far ahead: a bad header
        with self._lock:
            bucket = self._state.get(tenant)
            if bucket is not None:
                bucket.in_flight = max(0, bucket.in_flight - 1)
            if left is None:
                return
            if full_at is not None and full_at <= now:  # full again by now (or clocks disagree)
                left, full_at = (size if size is not None else math.inf), None
            left = max(0.0, min(left, size)) if size is not None else max(0.0, left)
            if bucket is None:
                self._state[tenant] = _Bucket(size, left, full_at, now)
                return
            bucket.refill(now)
            # The server's count excludes requests sent after this one (still in flight), and
            # answers arrive out of order: keep the smaller of its count and ours.
            estimate = left - bucket.in_flight
            bucket.tokens = estimate if bucket.limit != size else min(bucket.tokens, estimate)
            bucket.limit = size
            bucket.full_at = full_at
            bucket.seen = now

    def release(self, tenant: str) -> None:
        """A reserved request ended without an answer (connection error, timeout)."""
        with self._lock:
            bucket = self._state.get(tenant)
            if bucket is not None:
                bucket.in_flight = max(0, bucket.in_flight - 1)
