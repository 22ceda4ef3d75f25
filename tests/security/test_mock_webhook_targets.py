"""Webhook deliveries (channel tests and events) never reach the mock itself, its ``/_mock`` control
surface, a cloud metadata address or a loopback port nobody allowed (``--allow-webhook-port``); a
failed delivery answers generic text, so the test endpoint is no port scanner."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import uvicorn
from tensorcost_mock import MockApp, MockSettings, create_app

ACME = "3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01"
SECRET = "whsec_3q9VZk7TnM2pL8xR4cW6yB1dF5hJ0gKe"
NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)
CHANNELS = "/v1/notification/channels"


def make_app(**settings: Any) -> MockApp:
    return create_app(seed=42, now=NOW, freeze_clock=True, strict=True, **settings)


def auth(app: MockApp) -> dict[str, str]:
    user = app.runtime.directory.by_email("ana.ruiz@acme-ai.com")
    assert user is not None
    return {"Authorization": f"Bearer {app.runtime.tokens.access_token(user, ACME)}"}


def channel(url: str, name: str = "local") -> dict[str, Any]:
    return {"name": name, "config": {"type": "webhook", "url": url, "signing_secret": SECRET}}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@asynccontextmanager
async def receiver(
    answer: bytes = b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n",
) -> AsyncIterator[tuple[int, list[str]]]:
    """A loopback server that records each request line and answers ``answer`` (b"": hangs up)."""
    lines: list[str] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        lines.append(head.decode().split("\r\n", 1)[0])
        writer.write(answer)
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1], lines
    finally:
        server.close()
        await server.wait_closed()


async def channel_test(app: MockApp, url: str) -> dict[str, Any]:
    """Create a webhook channel to ``url`` and test it; the test's result."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://127.0.0.1:4010", headers=auth(app)
    ) as c:
        r = await c.post(CHANNELS, json=channel(url, f"local {len(app.runtime.webhooks.deliveries)}"))
        assert r.status_code == 201, r.text
        r = await c.post(f"{CHANNELS}/{r.json()['data']['id']}/test")
        assert r.status_code == 200, r.text
        result: dict[str, Any] = r.json()["data"]
    assert app.violations == []
    return result


# -- the mock's own listener, on a real loopback socket ----------------------------------------------


@contextmanager
def serving(**settings: Any) -> Iterator[tuple[MockApp, str]]:
    """The mock on a real 127.0.0.1 port (which it is told to allow), in a thread."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app = make_app(allow_webhook_ports=[port], **settings)
    server = uvicorn.Server(uvicorn.Config(app, lifespan="off", log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        yield app, f"127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.mark.parametrize("path", ["/_mock/reset", "/v1/tenant"])
def test_a_channel_never_calls_the_mock_itself(path: str) -> None:
    with serving() as (app, listener), httpx.Client(base_url=f"http://{listener}", headers=auth(app)) as http:
        created = http.post(CHANNELS, json=channel(f"https://{listener}{path}", "to myself"))
        assert created.status_code == 201, created.text
        ident = created.json()["data"]["id"]
        result = http.post(f"{CHANNELS}/{ident}/test").json()["data"]
        assert (result["delivered"], result["status_code"]) == (False, None)
        assert "refused" in result["error"]
        # Nothing was reset: the channel created before the test is still there.
        assert ident in {c["id"] for c in http.get(CHANNELS).json()["data"]}
    assert app.violations == []


# -- loopback ports, control paths, metadata addresses (in-process) ---------------------------------


@pytest.mark.asyncio
async def test_a_loopback_port_must_be_allowed() -> None:
    async with receiver() as (port, lines):
        result = await channel_test(make_app(), f"https://127.0.0.1:{port}/hooks")
        assert (result["delivered"], result["status_code"]) == (False, None)
        assert "--allow-webhook-port" in result["error"]
        assert lines == []
        result = await channel_test(make_app(allow_webhook_ports=[port]), f"https://127.0.0.1:{port}/hooks")
        assert (result["delivered"], result["status_code"], result["error"]) == (True, 204, None)
        assert lines == ["POST /hooks HTTP/1.1"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "path",
    ["/_mock/reset", "/_MOCK/reset", "/%5Fmock/reset", "//_mock/clock", "/hooks/../_mock/reset", "/_mock"],
)
async def test_control_paths_are_never_called(path: str) -> None:
    async with receiver() as (port, lines):
        result = await channel_test(make_app(allow_webhook_ports=[port]), f"https://127.0.0.1:{port}{path}")
    assert (result["delivered"], result["status_code"]) == (False, None)
    assert "/_mock" in result["error"]
    assert lines == []


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "host",
    [
        "169.254.169.254",
        "[fd00:ec2::254]",
        "metadata.google.internal",
        "[::ffff:169.254.169.254]",
        "100.100.100.200",
    ],
)
async def test_cloud_metadata_addresses_are_refused(host: str) -> None:
    result = await channel_test(make_app(allow_webhook_ports=[80, 443]), f"https://{host}/latest/meta-data/")
    assert (result["delivered"], result["status_code"]) == (False, None)
    assert result["error"].startswith("refused")


@pytest.mark.asyncio
@pytest.mark.parametrize("host", ["2130706433", "127.1", "0.0.0.0", "localhost.evil.example"])
async def test_other_spellings_of_loopback_are_refused_without_a_connection(host: str) -> None:
    async with receiver() as (port, lines):
        result = await channel_test(make_app(allow_webhook_ports=[port]), f"https://{host}:{port}/hooks")
    assert (result["delivered"], result["status_code"]) == (False, None)
    assert lines == []


@pytest.mark.asyncio
async def test_failures_answer_generic_text() -> None:
    closed = free_port()  # nothing listens there
    async with receiver(b"") as (hangs_up, lines):
        app = make_app(allow_webhook_ports=[closed, hangs_up])
        refused = await channel_test(app, f"https://127.0.0.1:{closed}/hooks")
        cut = await channel_test(app, f"https://127.0.0.1:{hangs_up}/hooks")
    assert len(lines) == 1
    assert refused["error"] == cut["error"]  # a closed port and a receiver that hung up look alike
    for word in ("Errno", "Error", "onnect", "refused", str(closed)):
        assert word not in refused["error"]
    # The control surface and the log keep the same generic text.
    assert {d.error for d in app.runtime.webhooks.deliveries} == {refused["error"]}


def test_allowed_ports_from_settings_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert MockSettings().allow_webhook_ports == []
    monkeypatch.setenv("TENSORCOST_MOCK_ALLOW_WEBHOOK_PORTS", "[9000, 9001]")
    assert MockSettings().allow_webhook_ports == [9000, 9001]


def test_the_allow_webhook_port_flag(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tensorcost_mock import cli

    seen: list[MockSettings] = []
    # Stop before uvicorn binds: the flag's effect is the settings of the app it would serve.
    monkeypatch.setattr(
        uvicorn.Server, "run", lambda server, sockets=None: seen.append(server.config.app.settings)
    )
    assert cli.main(["--allow-webhook-port", "9000", "--allow-webhook-port", "9443"]) == 0
    assert seen[0].allow_webhook_ports == [9000, 9443]
    assert "webhooks to loopback ports 9000, 9443" in capsys.readouterr().out
