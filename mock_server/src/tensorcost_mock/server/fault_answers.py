"""What an armed fault sends instead of the answer (deliberately off-contract, never checked)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from starlette.types import Send

from tensorcost_mock.errors import ApiError
from tensorcost_mock.faults import Fault
from tensorcost_mock.rate_limit import RateDecision
from tensorcost_mock.spec import Operation

from .wire import ConnectionDropped, dump_json, send_whole

if TYPE_CHECKING:
    from .app import MockApp

_PROXY_PAGE = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
_ERRORS = {
    "500": (500, "INTERNAL_ERROR", "Internal error (injected fault); retry the request"),
    "503": (
        503,
        "SERVICE_UNAVAILABLE",
        "Service unavailable (injected fault); retry after Retry-After seconds",
    ),
    "520": (520, "ORIGIN_ERROR", "The origin answered unexpectedly (injected fault); retry the request"),
}


async def send_fault(app: MockApp, fault: Fault, op: Operation, trace_id: str, send: Send) -> None:
    """Send the fault's answer, or raise :class:`ConnectionDropped` (``reset``, ``truncated``)."""
    runtime = app.runtime
    # A fault stands in for the whole gateway, so it does not charge the rate limit.
    limit = runtime.rate_limiter.limit_for("standard")
    headers = {
        **RateDecision(True, limit, limit, int(runtime.clock.timestamp()), 0).headers(),
        "X-Request-Id": trace_id,
    }
    if fault.delay_ms:
        await asyncio.sleep(fault.delay_ms / 1000)
    kind = fault.fault
    if kind == "reset":
        raise ConnectionDropped()
    if kind == "html":
        await send_whole(send, 502, headers, _PROXY_PAGE, "text/html")
        return
    if kind == "truncated":
        body = dump_json(app.examples.body(op, op.success_status)[0])
        raw = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        raw += [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": op.success_status, "headers": raw})
        await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
        raise ConnectionDropped()
    if kind == "429":
        status, code = 429, "RATE_LIMITED"
        message = f"Rate limit exceeded (injected fault); retry in {fault.retry_after} seconds"
    else:
        status, code, message = _ERRORS[kind]
    if kind in ("503", "429"):
        headers["Retry-After"] = str(fault.retry_after)
    await send_whole(
        send, status, headers, dump_json(ApiError(status, code, message).body(trace_id)), "application/json"
    )
