"""One tenant budget shared by many processes: the token bucket of `_ratelimit`, kept in Redis.

Every process (and thread, and task) spends from one bucket per (API origin, tenant), taken from
atomically by a Lua script timed by the Redis server's clock; the server's `X-RateLimit-*` view
of each answer is merged into it. Keys expire (`RATE_LIMIT_STATE_TTL`), so a process that dies
leaves nothing that blocks the others. When Redis is unreachable or slow, pacing falls back to
the process's own limiter for that call and logs one WARNING: the API call never fails because
of Redis. Imported only when a store is configured (`pip install 'tensorcost[redis]'`).
"""

from __future__ import annotations

import hashlib
import math
import threading
from typing import Any

from ._constants import RATE_LIMIT_STATE_TTL, RATE_LIMIT_WINDOW, SHARED_RATE_LIMIT_TIMEOUT
from ._logging import logger
from ._ratelimit import RateLimiter, finite

# KEYS[1]: the bucket hash {tokens, updated, limit}. ARGV: max_wait, window, ttl_ms.
# Returns the wait in seconds as a string ("inf": over max_wait, nothing taken; "0" when unknown).
_RESERVE = """
local b = redis.call('HMGET', KEYS[1], 'tokens', 'updated', 'limit')
if not b[1] then return '0' end
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local tokens, updated, limit = tonumber(b[1]), tonumber(b[2]), tonumber(b[3])
local window = tonumber(ARGV[2])
if now > updated then
  tokens = math.min(limit, tokens + (now - updated) * limit / window)
  updated = now
end
local wait = 0
if tokens < 1 then wait = (1 - tokens) * window / limit end
if wait - tonumber(ARGV[1]) > 1e-6 then return 'inf' end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens - 1), 'updated', tostring(updated))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return tostring(wait)
"""

# KEYS[1]: the bucket hash. ARGV: remaining, limit, window, ttl_ms. Keeps the smaller count.
_RECORD = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local left, limit, window = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'updated', 'limit')
local tokens = left
if b[1] and tonumber(b[3]) == limit then
  local old, updated = tonumber(b[1]), tonumber(b[2])
  if now > updated then old = math.min(limit, old + (now - updated) * limit / window) end
  tokens = math.min(old, left)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', tostring(now), 'limit', tostring(limit))
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
"""


class SharedRateLimiter(RateLimiter):
    """A `RateLimiter` whose bucket lives in Redis at `url`, shared by every client using it."""

    __slots__ = ("_origin", "_record", "_redis", "_reserve", "_warned")

    def __init__(self, url: str, origin: str, *, timeout: float = SHARED_RATE_LIMIT_TIMEOUT) -> None:
        super().__init__()
        try:
            import redis  # the optional extra: only imported when a store is configured
        except ImportError:
            raise ImportError(
                "rate_limit_store (or TENSORCOST_RATE_LIMIT_URL) needs the redis extra: "
                "pip install 'tensorcost[redis]'"
            ) from None

        self._redis: Any = redis.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout, retry_on_timeout=False
        )
        self._reserve = self._redis.register_script(_RESERVE)
        self._record = self._redis.register_script(_RECORD)
        self._origin = origin
        self._warned = threading.Event()

    def _key(self, tenant: str) -> str:
        # The origin and tenant are hashed: any characters, one fixed-size key.
        digest = hashlib.sha256(f"{self._origin}\n{tenant}".encode()).hexdigest()[:32]
        return f"tensorcost:ratelimit:{digest}"

    def _fallback(self, exc: Exception) -> None:
        if not self._warned.is_set():
            self._warned.set()
            logger.warning(
                "shared rate-limit store unavailable (%s: %s); pacing this process on its own until it is back",
                type(exc).__name__,
                exc,
            )

    def reserve(self, tenant: str, now: float | None = None, *, max_wait: float = math.inf) -> float:
        local = super().reserve(tenant, now, max_wait=max_wait)  # kept current for a fallback
        try:
            answer = self._reserve(
                keys=[self._key(tenant)], args=[_arg(max_wait), RATE_LIMIT_WINDOW, _TTL_MS]
            )
        except Exception as exc:  # any Redis trouble: this call paces locally, never fails
            self._fallback(exc)
            return local
        self._warned.clear()
        shared = float(answer)
        if shared == math.inf:
            return math.inf
        return shared + 0.001 if shared > 0 else 0.0

    def record(
        self,
        tenant: str,
        remaining: str | bytes | None,
        reset: str | bytes | None,
        limit: str | bytes | None = None,
        now: float | None = None,
    ) -> None:
        super().record(tenant, remaining, reset, limit, now)
        left, size = finite(remaining), finite(limit)
        if left is None or size is None or not 0 < size <= 10**9:
            return  # the shared bucket needs the refill rate
        try:
            self._record(
                keys=[self._key(tenant)], args=[max(0.0, min(left, size)), size, RATE_LIMIT_WINDOW, _TTL_MS]
            )
        except Exception as exc:
            self._fallback(exc)


_TTL_MS = int(RATE_LIMIT_STATE_TTL * 1000)


def _arg(seconds: float) -> str:
    return "1e300" if seconds == math.inf else repr(seconds)
