"""Webhook deliveries: the spec's event envelope, signed, to loopback receivers only."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json

import pytest
from mock_helpers import ACME
from tensorcost_mock import MockApp
from tensorcost_mock.api.context import HandlerContext

pytestmark = pytest.mark.asyncio


def spec_example(app: MockApp, event_type: str) -> dict:
    item = app.spec.document["webhooks"][event_type]["post"]
    return item["requestBody"]["content"]["application/json"]["example"]


async def test_signed_delivery_to_a_loopback_receiver(app: MockApp) -> None:
    received: list[tuple[dict[str, str], bytes]] = []

    async def receive(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = (await reader.readuntil(b"\r\n\r\n")).decode()
        headers = dict(line.split(": ", 1) for line in head.split("\r\n")[1:] if ": " in line)
        body = await reader.readexactly(int(headers["Content-Length"]))
        received.append((headers, body))
        writer.write(b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(receive, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    app.settings.allow_webhook_ports.append(port)  # --allow-webhook-port
    try:
        store = app.runtime.store(ACME)
        store.collection("webhook_endpoints").add(
            {
                "id": "whk_1",
                "url": f"http://127.0.0.1:{port}/hooks",
                "secret": "whsec_test",
                "event_types": ["alert.resolved"],
            }
        )
        data = spec_example(app, "alert.resolved")["data"]
        ctx = HandlerContext(
            op=app.spec.by_id["alert_resolve_alert"], runtime=app.runtime, principal=None, store=store,
            path={}, query={}, headers={}, body=None, trace_id="t", now=app.runtime.clock.now(),
        )  # fmt: skip
        event = ctx.emit("alert.resolved", data)
        assert ctx.emit("alert.triggered", spec_example(app, "alert.triggered")["data"])  # not subscribed
        assert len(ctx.background) == 1
        await ctx.background[0]()
    finally:
        server.close()
        await server.wait_closed()
    assert len(received) == 1
    headers, body = received[0]
    assert json.loads(body) == event
    assert event["type"] == "alert.resolved"
    t, v1 = (part.split("=", 1)[1] for part in headers["X-TensorCost-Signature"].split(","))
    expected = hmac.new(b"whsec_test", f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(v1, expected)
    assert int(t) == int(app.runtime.clock.timestamp())
    assert app.runtime.webhooks.deliveries[-1].status == 204


async def test_non_loopback_urls_are_refused_without_a_connection(app: MockApp) -> None:
    store = app.runtime.store(ACME)
    event = app.runtime.webhooks.event(store, "alert.resolved", spec_example(app, "alert.resolved")["data"])
    delivery = await app.runtime.webhooks.deliver(
        {"url": "https://hooks.example.com/x", "secret": "s"}, event
    )
    assert delivery.status is None
    assert "loopback" in (delivery.error or "")


async def test_events_are_checked_against_the_spec(app: MockApp) -> None:
    store = app.runtime.store(ACME)
    with pytest.raises(ValueError, match="MOCK_CONTRACT_VIOLATION"):
        app.runtime.webhooks.event(store, "alert.resolved", {"id": 1})
    with pytest.raises(ValueError, match="not in the spec"):
        app.runtime.webhooks.event(store, "alert.exploded", {})


async def test_https_loopback_endpoints_are_called_over_plain_http(app: MockApp) -> None:
    # The spec requires https:// for webhook channels; the mock speaks no TLS, so the engine calls a
    # loopback https:// URL over plain HTTP on its port, whichever handler registered the endpoint.
    heads: list[str] = []

    async def receive(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        heads.append((await reader.readuntil(b"\r\n\r\n")).decode())
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(receive, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    app.settings.allow_webhook_ports.append(port)  # --allow-webhook-port
    try:
        store = app.runtime.store(ACME)
        event = app.runtime.webhooks.event(
            store, "alert.resolved", spec_example(app, "alert.resolved")["data"]
        )
        url = f"https://127.0.0.1:{port}/hooks/tensorcost?v=1"
        delivery = await app.runtime.webhooks.deliver({"url": url, "secret": "s"}, event)
    finally:
        server.close()
        await server.wait_closed()
    assert (delivery.status, delivery.error, delivery.url) == (200, None, url)
    assert heads[0].startswith("POST /hooks/tensorcost?v=1 HTTP/1.1\r\n")
