"""Webhook deliveries: events of the spec's ``webhooks`` catalog, signed as the spec describes.

A handler calls ``ctx.emit("alert.resolved", alert)``; after the response is sent, the event
``{id, type, created, data}`` is POSTed to every webhook endpoint of the tenant subscribed to
it (``TenantStore.collection("webhook_endpoints")``: records ``{id, url, secret, event_types}``,
kept by notification, whose ``deliver_webhook`` subscribes to the ``WebhookRaised`` event that
``ctx.emit`` publishes and picks them; ``secret`` is the write-only signing secret), with
``X-TensorCost-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "{t}.{body}">``.

Targets (:func:`refusal`): only loopback IP literals (``127.0.0.0/8``, ``::1``) and
``localhost``, only on a port the operator allowed (``--allow-webhook-port``), never a port the
mock itself listens on, never a ``/_mock`` path (percent-encoded, dotted or doubled slashes
included), never a cloud metadata address. They are called over plain HTTP: an
``https://127.0.0.1:<port>/...`` endpoint (the spec requires ``https://`` for webhook channels)
is called as ``http://127.0.0.1:<port>/...``, since the mock speaks no TLS. A refused target is
never connected to; a failed delivery is reported with one generic text whatever went wrong
(the channel test must not tell a closed port from a silent one), the cause goes to the log.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import json
import logging
import posixpath
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

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


#: Cloud instance metadata services (AWS, GCP, Azure, Alibaba, Oracle...): never called.
METADATA_HOSTS = frozenset({"metadata.google.internal", "metadata", "metadata.azure.com"})
METADATA_NETWORKS = (
    ipaddress.ip_network("169.254.0.0/16"),  # link-local: AWS, GCP, Azure, Oracle metadata
    ipaddress.ip_network("fe80::/10"),
    ipaddress.ip_network("fd00:ec2::254/128"),  # AWS IMDS over IPv6
    ipaddress.ip_network("100.100.100.200/32"),  # Alibaba Cloud metadata
)
FAILED = "not delivered: the receiver could not be reached or gave no HTTP answer in time"


def _address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The IP literal ``host`` names (an IPv4-mapped IPv6 address as its IPv4 address), else None."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def loopback_address(url: str) -> str | None:
    """The loopback address to connect to for ``url`` (``localhost`` is ``127.0.0.1``), or None.

    Only IP literals and ``localhost`` count: a name is never resolved, so neither DNS nor
    spellings such as ``2130706433`` or ``127.1`` can lead a delivery somewhere unexpected."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost":
        return "127.0.0.1"
    address = _address(host)
    return str(address) if address is not None and address.is_loopback else None


def is_loopback(url: str) -> bool:
    return loopback_address(url) is not None


def _is_control_path(path: str) -> bool:
    """Whether ``path`` reaches the control surface, however it is spelled."""
    decoded = path
    for _ in range(3):  # %255F...: decode until stable
        decoded, before = unquote(decoded), decoded
        if decoded == before:
            break
    normal = "/" + posixpath.normpath("/" + decoded.replace("\\", "/")).lstrip("/").lower()
    return normal.startswith("/_mock")  # as the app routes it


def refusal(url: str, allowed_ports: Collection[int], own_ports: Collection[int]) -> str | None:
    """Why the mock refuses to call ``url`` (None: it may)."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return "refused: not a valid URL"
    host = (parts.hostname or "").lower()
    address = _address(host)
    if host in METADATA_HOSTS or (address is not None and any(address in n for n in METADATA_NETWORKS)):
        return "refused: a cloud metadata address is never called"
    if parts.scheme not in ("http", "https"):
        return "refused: only http(s):// URLs are called"
    if loopback_address(url) is None:
        return "refused: the mock only delivers to loopback addresses (127.0.0.1, ::1, localhost)"
    if _is_control_path(parts.path):
        return "refused: the mock never delivers to a /_mock control path"
    if port in own_ports:
        return "refused: the mock never delivers to its own listener"
    if port not in allowed_ports:
        return (
            f"refused: loopback port {port} is not allowed; start the mock with --allow-webhook-port {port}"
        )
    return None


@dataclass
class Delivery:
    event_id: str
    event_type: str
    url: str
    status: int | None  # None: refused, or no HTTP answer
    error: str | None = None
    body: dict[str, Any] = field(default_factory=dict)


class WebhookDispatcher:
    def __init__(
        self,
        clock: Clock,
        cache: ValidatorCache | None,
        strict: bool,
        allowed_ports: Callable[[], Collection[int]] = tuple,
    ) -> None:
        self.clock = clock
        self.cache = cache
        self.strict = strict
        #: The loopback ports deliveries may go to (read at each delivery: the settings may change).
        self.allowed_ports = allowed_ports
        #: The ports the mock listens on (its settings' and every request's ``server``): never called.
        self.own_ports: set[int] = set()
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

    async def deliver(self, endpoint: dict[str, Any], event: dict[str, Any]) -> Delivery:
        url = str(endpoint["url"])
        body = json.dumps(event, separators=(",", ":"), default=str).encode()
        delivery = Delivery(event["id"], event["type"], url, None, body=event)
        delivery.error = refusal(url, self.allowed_ports(), self.own_ports)
        cause = delivery.error
        if delivery.error is None:
            secrets = endpoint.get("secrets") or [endpoint["secret"]]
            signature = sign(list(secrets), int(self.clock.timestamp()), body)
            try:
                delivery.status = await asyncio.wait_for(_post(url, body, signature), TIMEOUT_SECONDS)
            except (TimeoutError, OSError, ValueError, IndexError) as exc:
                delivery.error, cause = FAILED, f"{type(exc).__name__}: {exc}"
        if delivery.error:
            log.warning("webhook %s to %s not delivered: %s", event["type"], url, cause)
        self.deliveries.append(delivery)
        return delivery


async def _post(url: str, body: bytes, signature: str) -> int:
    """A minimal HTTP/1.1 POST over loopback (plain HTTP whatever the scheme); returns the status code."""
    parts = urlsplit(url)
    address = loopback_address(url)
    if parts.scheme not in ("http", "https") or address is None:
        raise ValueError(f"only http(s):// loopback URLs can be called by the mock, not {url}")
    # The mock speaks no TLS: an https:// loopback receiver is called over plain HTTP on its port.
    port = parts.port or (443 if parts.scheme == "https" else 80)
    reader, writer = await asyncio.open_connection(address, port)
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
