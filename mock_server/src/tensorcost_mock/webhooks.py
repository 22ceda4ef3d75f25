"""Webhook deliveries: events of the spec's ``webhooks`` catalog, signed as the spec describes.

A handler calls ``ctx.emit("alert.resolved", alert)``; after the response is sent, the event
``{id, type, created, data}`` is POSTed to every webhook endpoint of the tenant subscribed to
it (``TenantStore.collection("webhook_endpoints")``: records ``{id, url, secret, event_types}``,
kept by the notification handlers; ``secret`` is the write-only signing secret), with
``X-TensorCost-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "{t}.{body}">``.
Only loopback URLs are called, always over plain HTTP: an ``https://127.0.0.1:<port>/...`` endpoint
(the spec requires ``https://`` for webhook channels) is called as ``http://127.0.0.1:<port>/...``,
since the mock speaks no TLS. Anything else is recorded as refused.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import json
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from tensorcost_mock.clock import Clock
    from tensorcost_mock.spec.validation import ValidatorCache
    from tensorcost_mock.state import TenantStore

log = logging.getLogger("tensorcost_mock.webhooks")
SIGNATURE_HEADER = "X-TensorCost-Signature"
TIMEOUT_SECONDS = 5.0


def sign(secrets: list[str], timestamp: int, body: bytes) -> str:
    """``t=<unix>,v1=<hex>[,v1=<hex>...]``: one ``v1`` per active secret."""
    signed = f"{timestamp}.".encode() + body
    parts = [f"t={timestamp}"]
    parts += [f"v1={hmac.new(s.encode(), signed, hashlib.sha256).hexdigest()}" for s in secrets]
    return ",".join(parts)


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class Delivery:
    event_id: str
    event_type: str
    url: str
    status: int | None  # None: refused (not loopback) or failed to connect
    error: str | None = None
    body: dict[str, Any] = field(default_factory=dict)


class WebhookDispatcher:
    def __init__(self, clock: Clock, cache: ValidatorCache | None, strict: bool) -> None:
        self.clock = clock
        self.cache = cache
        self.strict = strict
        #: every attempt, newest last (tests and GET /_mock/webhooks read it)
        self.deliveries: list[Delivery] = []
        self._schemas: dict[str, str] = {}
        if cache is not None:
            for event_type, item in (cache.spec.document.get("webhooks") or {}).items():
                ptr = f"/webhooks/{event_type.replace('~', '~0').replace('/', '~1')}/post/requestBody/content/application~1json/schema"
                if "post" in item:
                    self._schemas[event_type] = ptr

    @property
    def event_types(self) -> list[str]:
        return sorted(self._schemas)

    def event(self, store: TenantStore, event_type: str, data: Any) -> dict[str, Any]:
        """The envelope, checked against the spec's schema for this event (strict mode)."""
        if self._schemas and event_type not in self._schemas:
            raise ValueError(f"{event_type} is not in the spec's webhooks ({', '.join(self.event_types)})")
        created = self.clock.now().replace(microsecond=0).isoformat().replace("+00:00", "Z")
        event = {"id": store.new_id("evt_", 14), "type": event_type, "created": created, "data": data}
        if self.strict and self.cache is not None and event_type in self._schemas:
            validator = self.cache.at(self._schemas[event_type])
            errors = [e.message for e in validator.iter_errors(json.loads(json.dumps(event, default=str)))]
            if errors:
                raise ValueError(
                    f"MOCK_CONTRACT_VIOLATION: webhook {event_type} breaks the spec: {'; '.join(errors[:5])}"
                )
        return event

    def targets(self, store: TenantStore, event_type: str) -> list[dict[str, Any]]:
        return [
            e
            for e in store.collection("webhook_endpoints")
            if not e.get("event_types") or event_type in e["event_types"]
        ]

    async def deliver(self, endpoint: dict[str, Any], event: dict[str, Any]) -> Delivery:
        url = str(endpoint["url"])
        body = json.dumps(event, separators=(",", ":"), default=str).encode()
        delivery = Delivery(event["id"], event["type"], url, None, body=event)
        if not is_loopback(url):
            delivery.error = "refused: the mock only delivers to loopback addresses"
        else:
            secrets = endpoint.get("secrets") or [endpoint["secret"]]
            signature = sign(list(secrets), int(self.clock.timestamp()), body)
            try:
                delivery.status = await asyncio.wait_for(_post(url, body, signature), TIMEOUT_SECONDS)
            except (TimeoutError, OSError, ValueError) as exc:
                delivery.error = f"{type(exc).__name__}: {exc}"
        if delivery.error:
            log.warning("webhook %s to %s not delivered: %s", event["type"], url, delivery.error)
        self.deliveries.append(delivery)
        return delivery


async def _post(url: str, body: bytes, signature: str) -> int:
    """A minimal HTTP/1.1 POST over loopback (plain HTTP whatever the scheme); returns the status code."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"only http(s):// loopback URLs can be called by the mock, not {parts.scheme}://")
    # The mock speaks no TLS: an https:// loopback receiver is called over plain HTTP on its port.
    port = parts.port or (443 if parts.scheme == "https" else 80)
    reader, writer = await asyncio.open_connection(parts.hostname, port)
    try:
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n{SIGNATURE_HEADER}: {signature}\r\n"
            "User-Agent: tensorcost-mock-webhooks\r\nConnection: close\r\n\r\n"
        )
        writer.write(head.encode() + body)
        await writer.drain()
        status_line = await reader.readline()
        return int(status_line.split()[1])
    finally:
        writer.close()
