"""The raw response of a call: status, headers, rate limit, trace id, and `.parse()`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

from ._ratelimit import RateLimitInfo

T = TypeVar("T")

_UNPARSED = object()


class APIResponse(Generic[T]):
    """What `.with_raw_response` methods return; `.parse()` gives the typed result."""

    __slots__ = ("_parse", "_parsed", "http_response", "operation_id")

    def __init__(self, http_response: httpx.Response, operation_id: str, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self.operation_id = operation_id
        self._parse = parse
        self._parsed: object = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def trace_id(self) -> str | None:
        """`X-Request-Id`: quote it in support tickets."""
        trace_id: str | None = self.http_response.headers.get("X-Request-Id")
        return trace_id

    @property
    def rate_limit(self) -> RateLimitInfo:
        return RateLimitInfo.from_headers(self.http_response.headers)

    @property
    def elapsed(self) -> float:
        """Seconds from sending the request to reading the response."""
        return self.http_response.elapsed.total_seconds()

    def parse(self) -> T:
        """The typed result (parsed once); raises `ResponseValidationError` on a bad body."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parse()
        return self._parsed  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"<APIResponse {self.operation_id} {self.status_code} trace_id={self.trace_id}>"
