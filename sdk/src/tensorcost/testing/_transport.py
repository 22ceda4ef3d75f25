"""Sync and async httpx transports that serve requests from an ASGI app in this process.

httpx ships only an async ASGI transport; a sync `TensorCost` needs the app run on an event
loop of its own, so `SyncASGITransport` keeps one loop in a daemon thread. Both transports turn
a dropped connection (the mock's `reset` and `truncated` faults) into the httpx error a real
socket would raise, so the SDK sees what it would see over the network.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx

_DROPPED = "Server disconnected without sending a complete response (connection reset)."


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout", {})
    read = timeout.get("read") if isinstance(timeout, dict) else None
    return float(read) if isinstance(read, int | float) else None


class AsyncASGITransport(httpx.AsyncBaseTransport):
    """`httpx.ASGITransport`, with a dropped connection raised as `httpx.RemoteProtocolError`."""

    def __init__(self, app: Any) -> None:
        self._inner = httpx.ASGITransport(app=app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response, content = await asyncio.wait_for(self._exchange(request), _read_timeout(request))
        except TimeoutError:
            raise httpx.ReadTimeout(
                "The mock did not answer within the read timeout.", request=request
            ) from None
        except ConnectionResetError:
            raise httpx.RemoteProtocolError(_DROPPED, request=request) from None
        return httpx.Response(
            response.status_code, headers=response.headers, content=content, request=request
        )

    async def _exchange(self, request: httpx.Request) -> tuple[httpx.Response, bytes]:
        response = await self._inner.handle_async_request(request)
        return response, await response.aread()


class SyncASGITransport(httpx.BaseTransport):
    """Serves a sync `httpx.Client` from an ASGI app running on a private event-loop thread."""

    def __init__(self, app: Any) -> None:
        self._async = AsyncASGITransport(app)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="tensorcost-mock-asgi", daemon=True
        )
        self._thread.start()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        forwarded = httpx.Request(
            request.method, request.url, headers=request.headers, content=body, extensions=request.extensions
        )
        future = asyncio.run_coroutine_threadsafe(self._async.handle_async_request(forwarded), self._loop)
        try:
            response = future.result()
        except httpx.ReadTimeout:
            raise httpx.ReadTimeout(
                "The mock did not answer within the read timeout.", request=request
            ) from None
        except httpx.RemoteProtocolError:
            raise httpx.RemoteProtocolError(_DROPPED, request=request) from None
        return httpx.Response(
            response.status_code, headers=response.headers, content=response.content, request=request
        )

    def close(self) -> None:
        """Nothing: clients come and go; the owner of the transport calls `shutdown()`."""

    def shutdown(self) -> None:
        """Stop the event-loop thread."""
        if self._loop.is_closed():
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()
