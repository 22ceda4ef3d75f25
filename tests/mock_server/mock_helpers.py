"""Shared constants and helpers of the mock-server tests (imported by conftest and the tests)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from typing import IO, Any

import httpx
import pytest
from _net import free_port
from tensorcost_mock import MockApp, create_app

ACME = "3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01"
NIMBUS = "8b1e4d7a-2c9f-4a6e-b3d5-7f0a1c2e9d48"
PASSWORD = "correct-horse-battery-staple"
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@contextmanager
def served_mock(*args: str) -> Iterator[str]:
    """``tensorcost-mock *args`` at NOW with a frozen clock and no ``TENSORCOST_MOCK_*`` environment
    (see :func:`serve_mock`); yields its base URL."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TENSORCOST_MOCK_")}
    flags = (*args, "--now", NOW.strftime("%Y-%m-%dT%H:%M:%SZ"), "--freeze-clock")
    with tempfile.TemporaryFile() as log, serve_mock(*flags, log=log, env=env) as base:
        yield base


def make_app(**overrides: Any) -> MockApp:
    """A strict mock with a frozen clock at NOW and seed 42, unless overridden."""
    return create_app(**{"seed": 42, "now": NOW, "freeze_clock": True, "strict": True, **overrides})


def token_for(app: MockApp, email: str = "ana.ruiz@acme-ai.com", tenant_id: str = ACME) -> str:
    state = app.runtime
    user = state.directory.by_email(email)
    assert user is not None
    return state.tokens.access_token(user, tenant_id)


def bearer(app: MockApp, email: str = "ana.ruiz@acme-ai.com", tenant_id: str = ACME) -> dict[str, str]:
    return {"Authorization": f"Bearer {token_for(app, email, tenant_id)}"}


def amount(money: dict[str, str]) -> Decimal:
    """The amount of a Money object, which the mock answers in USD."""
    assert money["currency"] == "USD"
    return Decimal(money["amount"])


async def get(
    client: httpx.AsyncClient, app: MockApp, path: str, tenant: str | None = None, **params: Any
) -> Any:
    """The JSON of a 200 answer to ``GET path`` as the seeded admin, in ``tenant`` if given."""
    headers = bearer(app) | ({"X-Active-Tenant-Id": tenant} if tenant else {})
    r = await client.get(path, params=params, headers=headers)
    assert r.status_code == 200, r.text
    return r.json()


async def all_pages(
    client: httpx.AsyncClient, path: str, headers: dict[str, str], **params: object
) -> list[dict[str, Any]]:
    """Every item of a list operation, following ``next_cursor`` to the end (each page a 200)."""
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        r = await client.get(path, params=query, headers=headers)
        assert r.status_code == 200, r.text
        body = r.json()
        items += body["data"]
        assert body["count"] == len(body["data"])
        cursor = body["next_cursor"]
        if cursor is None:
            return items


@asynccontextmanager
async def receiver(status: int = 200) -> AsyncIterator[tuple[int, list[tuple[str, dict[str, str], bytes]]]]:
    """A loopback HTTP server on 127.0.0.1 that records each request (request line, headers, body)
    and answers ``status``; yields its port and the records."""
    received: list[tuple[str, dict[str, str], bytes]] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = (await reader.readuntil(b"\r\n\r\n")).decode()
        request_line, *lines = head.split("\r\n")
        headers = dict(line.split(": ", 1) for line in lines if ": " in line)
        received.append((request_line, headers, await reader.readexactly(int(headers["Content-Length"]))))
        writer.write(f"HTTP/1.1 {status} X\r\nContent-Length: 0\r\n\r\n".encode())
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1], received
    finally:
        server.close()
        await server.wait_closed()


@contextmanager
def serve_mock(*flags: str, log: IO[bytes], env: Mapping[str, str] | None = None) -> Iterator[str]:
    """``tensorcost-mock`` (the CLI) on a free 127.0.0.1 port with ``flags``, writing to ``log``;
    yields its base URL once it answers, and stops it by its PID."""
    port = free_port()
    cmd = [sys.executable, "-m", "tensorcost_mock", "--host", "127.0.0.1", "--port", str(port), *flags]
    proc = subprocess.Popen(
        cmd, env=dict(os.environ if env is None else env), stdout=log, stderr=subprocess.STDOUT
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{base}/_mock/", timeout=1)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    pytest.fail(f"the mock did not start: {log.read().decode()}")
                time.sleep(0.05)
        yield base
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
