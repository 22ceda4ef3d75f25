"""The request pipeline behind every service method: build, pace, send, retry, map, parse.

Everything but the I/O (sending, sleeping, reading) lives here, in `RunnerCore` and the
functions beside it. The I/O loop is written once, async, in `_runner_async.py`
(`AsyncHTTPRunner`); `_runner_sync.py` (`HTTPRunner`) is generated from it by
`tools/unasync.py` (`nox -s codegen`; `nox -s codegen_check` fails when it is stale).
"""

from __future__ import annotations

import gc
import json
import linecache
import logging
import math
import re
import time
import uuid
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from dataclasses import replace as _replace
from datetime import date, datetime
from itertools import islice
from types import CodeType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._arguments import instant
from ._auth import TokenAuth, expired_token_hint
from ._deadline import Deadline
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InvalidArgumentError,
    ResponseValidationError,
    status_error,
)
from ._logging import logger, redact_headers
from ._ratelimit import RateLimiter
from ._retry import RetryEvent, RetryPolicy, server_wait

if TYPE_CHECKING:
    # The generated layer is imported when the first service is used, not by `import tensorcost`.
    from ._generated.api import Operation, PageData, TimeoutTypes

T = TypeVar("T")
B = TypeVar("B")


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class RunnerConfig:
    """What a client resolved from its arguments and the environment."""

    origin: str  # base URL without the trailing /v1 (the spec's paths carry it)
    headers: dict[str, str]
    timeout: httpx.Timeout
    policy: RetryPolicy
    tenant_id: str | None = None
    pace_rate_limits: bool = True
    limiter: RateLimiter = field(default_factory=RateLimiter)
    total_timeout: float | None = None  # seconds for a whole call, retries and waits included
    # The connection pool is the SDK's own (not a caller's `http_client`): a static token's
    # `Authorization` header then rides on the pool's default headers (see `RunnerCore._authorize`).
    own_pool: bool = False

    def replace(self, **changes: Any) -> RunnerConfig:
        """A copy with some settings changed (sharing the rate limiter)."""
        return _replace(self, **changes)


# Bodies from this size on are parsed with the cyclic garbage collector paused (see `parse_body`).
_LARGE_BODY = 64 * 1024

# How a generated `from_dict` reads a field: `d["name"]`, or `d.get("name", UNSET)` when optional.
_FIELD = re.compile(r"""\bd(?:\[|\.get\()\s*["']([^"']+)["']""")


def _failing_source(code: CodeType, lasti: int) -> str:
    """The source text of the expression a frame was evaluating (it may span several lines)."""
    start, end, _, _ = next(islice(code.co_positions(), lasti // 2, None), (None, None, None, None))
    if start is None:
        return ""
    return "".join(linecache.getline(code.co_filename, n) for n in range(start, (end or start) + 1))


def _failed_field(exc: BaseException) -> str | None:
    """The body path (e.g. `data[3].window.start`) where a generated `from_dict` failed, read from
    the traceback: each generated frame whose failing expression reads a field adds that field,
    and the generated `parse_list` (or `parse_result_list`) adds the index of the item it was parsing."""
    path: list[str] = []
    items: object = None
    tb = exc.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        code = frame.f_code
        if "_generated" in code.co_filename:
            if code.co_name == "from_dict":
                match = _FIELD.search(_failing_source(code, tb.tb_lasti))
                if match:
                    path.append(match.group(1))
            elif code.co_name in ("parse_list", "parse_result_list"):
                items = frame.f_locals.get("value")
            if "item" in frame.f_locals and isinstance(items, list) and path:
                item = frame.f_locals["item"]
                index = next((i for i, x in enumerate(items) if x is item), None)
                if index is not None:
                    path[-1] += f"[{index}]"
                items = None
        tb = tb.tb_next
    return ".".join(path) or None


def parse_body(op: Operation[T], response: httpx.Response) -> T:
    """Parse a 2xx response with the generated models; any mismatch is a ResponseValidationError."""
    content = response.content
    try:
        if op.body_kind == "json":
            if not content:
                raise ResponseValidationError(
                    operation_id=op.operation_id, reason="the body is empty", response=response
                )
            if len(content) < _LARGE_BODY or not gc.isenabled():
                return op.parse(json.loads(content))
            # A large page becomes thousands of objects that all survive the parse: the cyclic
            # collector would only scan them again and again (a third of a 500-item page's time).
            gc.disable()
            try:
                return op.parse(json.loads(content))
            finally:
                gc.enable()
        return op.parse(content if op.body_kind == "binary" else None)
    except KeyError as exc:
        name = exc.args[0] if exc.args else "?"
        raise ResponseValidationError(
            operation_id=op.operation_id,
            reason="a required field is missing",
            field=_failed_field(exc) or str(name),
            response=response,
        ) from exc
    except json.JSONDecodeError as exc:
        ctype = response.headers.get("Content-Type", "no content type")
        raise ResponseValidationError(
            operation_id=op.operation_id,
            reason=f"the body is not valid JSON ({ctype}; {exc.msg} at byte {exc.pos} of {len(content)})",
            response=response,
        ) from exc
    except (ValueError, TypeError, AttributeError) as exc:
        from ._generated.types import ValueMismatch  # loaded already: `op` comes from it

        reason = str(exc) if isinstance(exc, ValueMismatch) else f"{type(exc).__name__}: {exc}"
        raise ResponseValidationError(
            operation_id=op.operation_id,
            reason=f"a value has the wrong type or format ({reason})",
            field=_failed_field(exc),
            response=response,
        ) from exc


def with_cursor(request_kwargs: dict[str, Any], cursor: str) -> dict[str, Any]:
    return {**request_kwargs, "params": {**request_kwargs.get("params", {}), "cursor": cursor}}


def next_page_data(op: Operation[PageData[T]], response: httpx.Response, cursor: str) -> PageData[T]:
    """A later page's items and cursor; a page that points at itself again would loop forever."""
    items, next_cursor = parse_body(op, response)
    if next_cursor == cursor:
        raise ResponseValidationError(
            operation_id=op.operation_id,
            reason=f"the server returned the same next_cursor again ({cursor!r})",
            field="next_cursor",
            response=response,
        )
    return items, next_cursor


def _scan_headers(headers: httpx.Headers) -> tuple[bytes | None, bytes | None, bytes | None, bool]:
    """`X-RateLimit-Remaining`, `-Reset`, `-Limit` and whether `Deprecation` is present, in one
    pass over the raw headers (cheaper than four lookups)."""
    remaining = reset = limit = None
    deprecated = False
    for key, value in headers.raw:
        name = key.lower()
        if name == b"x-ratelimit-remaining":
            remaining = value
        elif name == b"x-ratelimit-reset":
            reset = value
        elif name == b"x-ratelimit-limit":
            limit = value
        elif name == b"deprecation":
            deprecated = True
    return remaining, reset, limit, deprecated


_warned: set[str] = set()


def _warn_deprecated(op: Operation[Any], response: httpx.Response) -> None:
    """Warn once per operation that the server marks it deprecated (`Deprecation`/`Sunset`/`Link`)."""
    if op.operation_id in _warned:
        return
    _warned.add(op.operation_id)
    sunset = response.headers.get("Sunset")
    link = response.headers.get("Link")
    warnings.warn(
        f"{op.operation_id} is deprecated by the server"
        + (f" and stops working after {sunset}" if sunset else "")
        + (f"; its successor: {link}" if link else ""),
        DeprecationWarning,
        stacklevel=5,
    )


class RunnerCore:
    __slots__ = ("_auth", "_config", "_credentials", "_http", "_pool_token")
    _http: httpx.Client | httpx.AsyncClient  # set by the sync or async runner

    def __init__(self, config: RunnerConfig, auth: TokenAuth) -> None:
        self._config = config
        self._auth = auth
        self._credentials = auth.credentials
        self._pool_token: str | None = None  # the token this runner last put on its own pool

    def as_datetime(self, argument: str, value: datetime | date | str) -> datetime:
        """A date-time argument as an aware datetime (see `_arguments.instant`)."""
        return instant(value, argument)

    def as_body(self, read: Callable[[Mapping[str, Any]], B], value: B | Mapping[str, Any]) -> B:
        """A body given as a mapping, read by its model's `from_dict`; a bad field names itself.

        The message says what was expected, never the value given (a body may carry secrets)."""
        if not isinstance(value, Mapping):
            return value
        try:
            return read(value)
        except KeyError as exc:
            field = _failed_field(exc) or str(exc.args[0])
            raise InvalidArgumentError(f"body.{field}", "is required but missing") from None
        except (ValueError, TypeError, AttributeError) as exc:
            path = _failed_field(exc)
            expected = str(exc).split(", got ", 1)[0] if str(exc).startswith("expected") else "a valid value"
            raise InvalidArgumentError(f"body.{path}" if path else "body", f"is wrong: {expected}") from None

    def _deadline(self) -> Deadline | None:
        total = self._config.total_timeout
        return Deadline(total) if total is not None else None

    def _auth_flow(self) -> httpx.Auth | None:
        # Only a refreshable token needs the auth flow; a static one is a plain header (cheaper).
        return self._auth if self._credentials.refresh_token is not None else None

    def _record(self, op: Operation[Any], tenant: str, response: httpx.Response) -> None:
        remaining, reset, limit, deprecated = _scan_headers(response.headers)
        if remaining is not None:
            self._config.limiter.record(tenant, remaining, reset, limit)
        if deprecated:
            _warn_deprecated(op, response)

    # Building -------------------------------------------------------------------------------

    def _timeout(self, timeout: TimeoutTypes) -> httpx.Timeout:
        if timeout is None:
            return self._config.timeout
        if isinstance(timeout, httpx.Timeout):
            return timeout
        return httpx.Timeout(timeout, connect=min(timeout, self._config.timeout.connect or timeout))

    def _headers(
        self,
        op: Operation[Any],
        request_kwargs: dict[str, Any],
        tenant: str,
        idempotency_key: str | None,
    ) -> dict[str, str]:
        headers = self._config.headers.copy()
        extra = request_kwargs.get("headers")
        if extra:
            headers.update({k: str(v) for k, v in extra.items()})
        if op.accept != "application/json":
            headers["Accept"] = op.accept
        if tenant:
            headers["X-Active-Tenant-Id"] = tenant
        if op.idempotency_header:
            # One key per call, reused by every retry of it, so the server applies it once.
            headers["Idempotency-Key"] = idempotency_key or str(uuid.uuid4())
        self._authorize(headers)
        return headers

    def _authorize(self, headers: dict[str, str]) -> None:
        """`Authorization` for a static token (a refreshable one goes through the auth flow).

        On a caller's `http_client` it goes with each request. On the SDK's own pool it is one of
        the pool's default headers, set again whenever the credentials change (login): merging a
        per-request header costs every call several microseconds. Every runner of a pool shares
        its credentials (`with_options` clients do), so they all set the same value."""
        creds = self._credentials
        token = creds.access_token if creds.refresh_token is None else None
        if not self._config.own_pool:
            if token:
                headers["Authorization"] = f"Bearer {token}"
            return
        if token != self._pool_token:
            if token:
                self._http.headers["Authorization"] = f"Bearer {token}"
            else:
                self._http.headers.pop("Authorization", None)
            self._pool_token = token

    # Retry decisions ------------------------------------------------------------------------

    def _pacing_wait(self, op: Operation[Any], tenant: str) -> float:
        if not self._config.pace_rate_limits:
            return 0.0
        cap = self._config.policy.max_rate_limit_wait
        wait = self._config.limiter.reserve(tenant, max_wait=cap)
        if wait == math.inf:
            # The client's estimate is only a guess: ask the server, whose 429 decides.
            logger.info("%s: rate limit looks spent beyond %.0f s; asking the server", op.operation_id, cap)
            return 0.0
        if wait > 0:
            logger.info("%s: rate limit spent, waiting %.2f s for a refill", op.operation_id, wait)
        return wait

    def _status_retry(
        self, op: Operation[Any], request: httpx.Request, attempt: int, response: httpx.Response
    ) -> float:
        """The delay before retrying a non-2xx response; raises its typed error when not retrying."""
        policy = self._config.policy
        status = response.status_code
        rate_limited = status == 429
        asked = server_wait(response.headers) if rate_limited else _retry_after_only(response.headers)
        retryable = status in policy.retry_statuses and policy.may_retry(request.method, request.headers)
        if rate_limited and asked is not None and asked > policy.max_rate_limit_wait:
            if not response.is_closed:
                response.read()
            raise status_error(response, retry_after=asked)
        if (
            not retryable
            or attempt >= policy.max_retries
            or (asked is not None and asked > policy.max_rate_limit_wait)
        ):
            if not response.is_closed:
                response.read()
            raise self._explained(status_error(response, retry_after=asked))
        delay = asked if asked is not None else policy.backoff(attempt)
        self._notify(op, attempt, f"HTTP {status}", delay, status)
        return delay

    def _explained(self, error: APIStatusError) -> APIStatusError:
        """A 401 says what to do for the flow the token came from (login or service token)."""
        if error.status_code == 401:
            hint = expired_token_hint(self._credentials, error.code)
            if hint:
                error.message = f"{error.message.rstrip('.')}. {hint}"
        return error

    def _error_retry(
        self, op: Operation[Any], request: httpx.Request, attempt: int, exc: httpx.RequestError
    ) -> float:
        """The delay before retrying after a transport error; raises the typed error when not retrying."""
        policy = self._config.policy
        timeout = isinstance(exc, httpx.TimeoutException)
        # A request that never connected never reached the server: safe to resend whatever the method.
        safe = isinstance(exc, httpx.ConnectError) or policy.may_retry(request.method, request.headers)
        if not isinstance(exc, httpx.TransportError) or not safe or attempt >= policy.max_retries:
            if timeout:
                raise APITimeoutError(request=request) from exc
            raise APIConnectionError(
                f"Could not reach the TensorCost API at {request.url.scheme}://{request.url.netloc.decode()} "
                f"({type(exc).__name__}: {exc}); check the base URL and your network.",
                request=request,
            ) from exc
        delay = policy.backoff(attempt)
        self._notify(
            op, attempt, "timeout" if timeout else f"connection error ({type(exc).__name__})", delay, None
        )
        return delay

    def _notify(
        self, op: Operation[Any], attempt: int, reason: str, delay: float, status: int | None
    ) -> None:
        event = RetryEvent(op.operation_id, attempt + 1, reason, delay, status)
        logger.info(
            "%s: retry %d of %d after %s, waiting %.2f s",
            op.operation_id,
            event.attempt,
            self._config.policy.max_retries,
            reason,
            delay,
        )
        if self._config.policy.on_retry is not None:
            self._config.policy.on_retry(event)

    def _log(self, request: httpx.Request, response: httpx.Response, started: float, attempt: int) -> None:
        """One INFO line per response (method, path, status, ms, trace id, attempt); DEBUG adds
        the full URL and the request headers, credentials redacted."""
        ms = (time.perf_counter() - started) * 1000
        trace_id = response.headers.get("X-Request-Id")
        retry = f", retry {attempt}" if attempt else ""
        logger.info(
            "%s %s -> %d in %.1f ms (trace_id %s%s)",
            request.method,
            request.url.path,
            response.status_code,
            ms,
            trace_id,
            retry,
        )
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s request headers %s",
                request.method,
                request.url,
                redact_headers(request.headers.items()),
            )


def _retry_after_only(headers: httpx.Headers) -> float | None:
    return server_wait({"retry-after": headers["retry-after"]}) if "retry-after" in headers else None


def download_length(response: httpx.Response) -> int | None:
    """The download's size for a progress bar (None when unknown or compressed)."""
    length = response.headers.get("Content-Length")
    encoded = response.headers.get("Content-Encoding", "identity") != "identity"
    return int(length) if length and length.isdigit() and not encoded else None


def sync_sleep(seconds: float) -> None:
    """How `HTTPRunner` waits (a client's `_sleep` replaces it in tests)."""
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    """How `AsyncHTTPRunner` waits (asyncio is imported on the first wait, not on import)."""
    import asyncio

    await asyncio.sleep(seconds)
