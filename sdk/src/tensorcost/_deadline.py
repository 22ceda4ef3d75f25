"""`total_timeout`: one wall-clock bound for a whole call, across pacing, retries, waits and reads."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ._exceptions import APITimeoutError


class Deadline:
    """The end of a call. Every wait is checked against it, every phase timeout of each attempt
    is clipped to it, and a body is read chunk by chunk so a server that trickles bytes (each
    read within the per-phase timeout) cannot hold the call past it."""

    __slots__ = ("_end", "_phases", "total")

    def __init__(self, total: float) -> None:
        self.total = total
        self._end = time.monotonic() + total
        self._phases: dict[str, Any] | None = None

    def remaining(self) -> float:
        return self._end - time.monotonic()

    def _expired(self, request: httpx.Request, what: str) -> APITimeoutError:
        return APITimeoutError(
            request=request,
            message=f"The call did not finish within total_timeout={self.total:g} s ({what}); "
            "raise total_timeout or retry later.",
        )

    def before_wait(self, seconds: float, request: httpx.Request, what: str) -> None:
        """Raise now rather than start a wait that would end past the deadline."""
        if seconds > 0 and seconds >= self.remaining():
            raise self._expired(request, f"{what} needs {seconds:.1f} s more")

    def clip(self, request: httpx.Request) -> None:
        """Each phase timeout of the next attempt is at most the time left."""
        left = self.remaining()
        if left <= 0:
            raise self._expired(request, "no time left for another attempt")
        if self._phases is None:
            self._phases = dict(request.extensions.get("timeout") or {})
        request.extensions["timeout"] = {
            phase: left if value is None else min(value, left) for phase, value in self._phases.items()
        } or {"connect": left, "read": left, "write": left, "pool": left}

    def read(self, response: httpx.Response) -> httpx.Response:
        """The response with its body read, or APITimeoutError once the deadline passes."""
        chunks = []
        try:
            for chunk in response.iter_raw():
                chunks.append(chunk)
                if self.remaining() <= 0:
                    raise self._expired(response.request, "the body was still arriving")
        finally:
            response.close()
        return _complete(response, b"".join(chunks))

    async def aread(self, response: httpx.Response) -> httpx.Response:
        chunks = []
        try:
            async for chunk in response.aiter_raw():
                chunks.append(chunk)
                if self.remaining() <= 0:
                    raise self._expired(response.request, "the body was still arriving")
        finally:
            await response.aclose()
        return _complete(response, b"".join(chunks))

    def bound(self, response: httpx.Response) -> None:
        """Let a streamed body (a download) be read only until the deadline: each raw read past it
        raises APITimeoutError, however slowly the bytes trickle in."""
        if isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _AsyncBounded(response.stream, self, response.request)
        else:
            response.stream = _SyncBounded(response.stream, self, response.request)


class _SyncBounded(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream, deadline: Deadline, request: httpx.Request) -> None:
        self._stream, self._deadline, self._request = stream, deadline, request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            yield chunk
            if self._deadline.remaining() <= 0:
                raise self._deadline._expired(self._request, "the body was still arriving")

    def close(self) -> None:
        self._stream.close()


class _AsyncBounded(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, deadline: Deadline, request: httpx.Request) -> None:
        self._stream, self._deadline, self._request = stream, deadline, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk
            if self._deadline.remaining() <= 0:
                raise self._deadline._expired(self._request, "the body was still arriving")

    async def aclose(self) -> None:
        await self._stream.aclose()


def _complete(response: httpx.Response, raw: bytes) -> httpx.Response:
    # The raw (still encoded) bytes: the new response decodes them once, per Content-Encoding.
    complete = httpx.Response(
        response.status_code,
        headers=response.headers,
        content=raw,
        request=response.request,
        extensions=response.extensions,
        history=response.history,
        default_encoding=response.default_encoding,
    )
    complete.elapsed = response.elapsed  # set by httpx when the original was closed
    return complete
