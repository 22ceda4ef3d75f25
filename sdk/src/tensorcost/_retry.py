"""When and how long to wait before retrying a request. Pure logic, shared by sync and async."""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from dataclasses import replace as _replace
from typing import Any, NamedTuple

from ._constants import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    MAX_PLAUSIBLE_WAIT,
    MAX_RATE_LIMIT_WAIT,
    MAX_RETRY_DELAY,
    RETRY_STATUSES,
)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


class RetryEvent(NamedTuple):
    """One retry about to happen, as passed to `on_retry` and logged at INFO."""

    operation_id: str
    attempt: int  # 1 for the first retry
    reason: str  # "HTTP 503", "timeout", "connection error"
    delay: float  # seconds the client will wait first
    status_code: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RetryPolicy:
    """Retries on connection errors, timeouts and 408/429/500/502/503/504.

    Exponential backoff with full jitter: the n-th retry waits a random time in
    `[0, min(max_delay, initial_delay * 2**n))`, or what the server asks for with `Retry-After`
    (seconds or HTTP date) or `X-RateLimit-Reset`. When the server asks for more than
    `max_rate_limit_wait` seconds, the client raises `RateLimitError` at once instead of waiting.
    GET/PUT/DELETE are retried; POST/PATCH only when they carry an `Idempotency-Key` (the SDK
    sends one with every operation that accepts it).
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    max_rate_limit_wait: float = MAX_RATE_LIMIT_WAIT
    retry_statuses: frozenset[int] = field(default=RETRY_STATUSES, repr=False)
    on_retry: Callable[[RetryEvent], None] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")

    def replace(self, **changes: Any) -> RetryPolicy:
        """A copy with some settings changed."""
        return _replace(self, **changes)

    def backoff(self, retry_index: int) -> float:
        """Full-jitter delay before retry number `retry_index` (0-based)."""
        ceiling = min(self.max_delay, self.initial_delay * (2**retry_index))
        return random.uniform(0, ceiling)

    def may_retry(self, method: str, headers: Mapping[str, str]) -> bool:
        """Whether a request of this method and headers is safe to send twice."""
        return method in IDEMPOTENT_METHODS or "idempotency-key" in headers


def server_wait(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds the server asks to wait: `Retry-After` (seconds or HTTP date), else `X-RateLimit-Reset`.

    Values that are not finite, or further ahead than `MAX_PLAUSIBLE_WAIT`, are ignored (None):
    a broken or hostile header must not make the client give up or wait for years.
    """
    now = time.time() if now is None else now
    value = headers.get("retry-after")
    if value:
        value = value.strip()
        try:
            return _plausible(float(value))
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError, OverflowError):
                when = None
            if when is not None and when.tzinfo is not None:
                return _plausible(when.timestamp() - now)
    reset = headers.get("x-ratelimit-reset")
    if reset:
        try:
            return _plausible(float(reset) - now)
        except ValueError:
            return None
    return None


def _plausible(seconds: float) -> float | None:
    if not math.isfinite(seconds) or seconds > MAX_PLAUSIBLE_WAIT:
        return None
    return max(0.0, seconds)
