"""Bytes on the wire: JSON encoding, reading a body, sending a response (whole or streamed),
and dropping the connection for the ``reset`` and ``truncated`` faults."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import orjson
from starlette.types import Receive, Send

log = logging.getLogger("tensorcost_mock")


class ConnectionDropped(BaseException):
    """Raised to drop the connection (the ``reset`` and ``truncated`` faults, a failed stream)."""


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


#: Datetimes and dataclasses are not JSON types: they go through ``_json_default`` (loose) or fail (strict).
_STRICT = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
_LOOSE = _STRICT | orjson.OPT_NON_STR_KEYS
_ENCODE_STDLIB = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=_json_default).encode


def dump_json(body: Any) -> bytes:
    """Compact UTF-8 JSON; Decimal becomes a string and datetime an ISO-8601 ``Z`` string."""
    return encode_json(body)[0]


def encode_json(body: Any) -> tuple[bytes, bool]:
    """The bytes, and whether ``body`` held only JSON types (then it can be validated as it is).

    orjson encodes a page of records about ten times faster than the standard library, which
    still takes what orjson refuses (an integer beyond 64 bits).
    """
    try:
        return orjson.dumps(body, option=_STRICT), True
    except TypeError:
        pass
    try:
        return orjson.dumps(body, default=_json_default, option=_LOOSE), False
    except TypeError:
        return _ENCODE_STDLIB(body).encode(), False


class BodyTooLarge(Exception):
    """The request body is longer than the limit (by its Content-Length or as it streamed in)."""


async def read_body(receive: Receive, limit: int | None = None, declared: str | None = None) -> bytes:
    """The whole request body; ``BodyTooLarge`` as soon as it is known to exceed ``limit`` bytes:
    from the ``declared`` Content-Length before reading anything, else while chunks stream in."""
    if limit is not None and declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise BodyTooLarge()
    chunks = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if limit is not None and size > limit:
            raise BodyTooLarge()
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _content_type(media_type: str) -> bytes:
    return (media_type + ("; charset=utf-8" if media_type.startswith("text/") else "")).encode("latin-1")


def _raw_headers(headers: dict[str, str]) -> list[tuple[bytes, bytes]]:
    return [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]


async def send_whole(
    send: Send, status: int, headers: dict[str, str], body: bytes, media_type: str | None
) -> None:
    raw = _raw_headers(headers)
    if media_type and body:
        raw.append((b"content-type", _content_type(media_type)))
    raw.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


async def send_stream(
    send: Send,
    status: int,
    headers: dict[str, str],
    first: bytes,
    rest: Iterator[bytes],
    media_type: str,
    trace_id: str,
) -> None:
    """A streamed body (chunked over HTTP/1.1, no Content-Length): ``first`` (already produced, and
    checked in strict mode), then each chunk of ``rest`` as it is produced. A failure after the
    headers are sent can only cut the response short, so the connection is dropped."""
    raw = _raw_headers(headers)
    raw.append((b"content-type", _content_type(media_type)))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": first, "more_body": True})
    try:
        for chunk in rest:
            if chunk:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
    except Exception:
        log.exception("streamed body failed after the headers were sent (trace %s)", trace_id)
        raise ConnectionDropped() from None
    await send({"type": "http.response.body", "body": b""})


async def drop_connection(send: Send) -> bool:
    """Close the client's socket under uvicorn (whose ``send`` is bound to a cycle holding the
    transport) and wait until uvicorn has seen the connection go, so that returning afterwards
    is a clean end of the request (no "ASGI callable returned without ..." error in the log).
    False when there is no socket to close (in-process, e.g. ``httpx.ASGITransport``)."""
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None or not hasattr(transport, "close"):
        return False
    transport.close()  # the client reads EOF: no response at all, or the response cut short
    deadline = asyncio.get_running_loop().time() + 1.0
    while not getattr(cycle, "disconnected", True) and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.001)  # uvicorn's connection_lost marks the cycle disconnected
    return True
