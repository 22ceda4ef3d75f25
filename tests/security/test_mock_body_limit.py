"""Request bodies above 1 MiB are refused with ``413 PAYLOAD_TOO_LARGE`` in the spec's error envelope:
from ``Content-Length`` before anything is read, and while a chunked body streams in. The SDK
raises ``PayloadTooLargeError`` for it."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import pytest_asyncio
from tensorcost import PayloadTooLargeError
from tensorcost.testing import MockServer
from tensorcost_mock import MockApp, create_app

LIMIT = 1024 * 1024
ACME = "3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01"
LOGIN = {"email": "ana.ruiz@acme-ai.com", "password": "correct-horse-battery-staple", "tenant_id": ACME}


@pytest.fixture
def app() -> MockApp:
    return create_app(seed=42, now=datetime(2026, 11, 26, 12, tzinfo=UTC), freeze_clock=True, strict=True)


@pytest_asyncio.fixture
async def client(app: MockApp) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:4010") as c:
        yield c
    assert app.violations == []  # strict mode: the spec documents the 413


def login_of_size(size: int) -> bytes:
    """A login body of exactly ``size`` bytes (the password pads it)."""
    base = json.dumps({**LOGIN, "password": ""}).encode()
    return json.dumps({**LOGIN, "password": "x" * (size - len(base))}).encode()


def assert_413(status: int, headers: dict[str, str], body: bytes) -> None:
    assert status == 413
    error = json.loads(body)
    assert error["code"] == "PAYLOAD_TOO_LARGE"
    assert error["success"] is False
    assert error["trace_id"] == headers["x-request-id"]
    assert "1 MiB" in error["error"]


@pytest.mark.asyncio
async def test_an_anonymous_20_mib_login_is_413(client: httpx.AsyncClient) -> None:
    r = await client.post("/v1/auth/login", content=login_of_size(20 * LIMIT))
    assert_413(r.status_code, dict(r.headers), r.content)


@pytest.mark.asyncio
async def test_the_limit_is_1_mib(client: httpx.AsyncClient) -> None:
    r = await client.post("/v1/auth/login", content=login_of_size(LIMIT))
    assert r.status_code == 401  # read and checked: a wrong password
    r = await client.post("/v1/auth/login", content=login_of_size(LIMIT + 1))
    assert r.status_code == 413


async def call(
    app: MockApp, headers: list[tuple[bytes, bytes]], chunks: list[bytes]
) -> tuple[int, dict[str, str], bytes, int]:
    """One raw ASGI request; returns status, headers, body and how many chunks the app read."""
    read = 0

    async def receive() -> dict[str, Any]:
        nonlocal read
        read += 1
        if read > len(chunks):
            return {"type": "http.disconnect"}
        return {"type": "http.request", "body": chunks[read - 1], "more_body": read < len(chunks)}

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
        "path": "/v1/auth/login", "raw_path": b"/v1/auth/login", "query_string": b"", "root_path": "",
        "headers": [(b"host", b"127.0.0.1:4010"), (b"content-type", b"application/json"), *headers],
        "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 4010),
    }  # fmt: skip
    await app(scope, receive, send)
    start = sent[0]
    response_headers = {k.decode(): v.decode() for k, v in start["headers"]}
    body = b"".join(m.get("body", b"") for m in sent[1:])
    return start["status"], response_headers, body, read


@pytest.mark.asyncio
async def test_a_declared_content_length_over_the_limit_is_refused_before_reading(app: MockApp) -> None:
    status, headers, body, read = await call(app, [(b"content-length", str(50 * LIMIT).encode())], [b"{"] * 3)
    assert_413(status, headers, body)
    assert read == 0
    assert app.violations == []


@pytest.mark.asyncio
async def test_a_chunked_body_is_cut_off_once_it_passes_the_limit(app: MockApp) -> None:
    chunk = b" " * (64 * 1024)
    chunks = [b"{", *[chunk] * 320]  # 20 MiB, no Content-Length
    status, headers, body, read = await call(app, [(b"transfer-encoding", b"chunked")], chunks)
    assert_413(status, headers, body)
    assert read == 1 + LIMIT // len(chunk)  # "{" and 16 chunks: 1 MiB + 1 byte, not the 20 MiB
    assert app.violations == []


def test_the_sdk_raises_payload_too_large() -> None:
    with MockServer() as mock, pytest.raises(PayloadTooLargeError) as info:
        mock.client.notification.create_channel(
            body={"name": "x" * (2 * LIMIT), "config": {"type": "email", "recipients": ["a@example.com"]}}
        )
    err = info.value
    assert (err.status_code, err.code) == (413, "PAYLOAD_TOO_LARGE")
    assert "1 MiB" in str(err)
