"""Verify (and, for tests, sign) TensorCost webhooks.

The header is `X-TensorCost-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]`; each `v1` is
the HMAC-SHA256 of `"{t}.{raw body}"` under a signing secret. During a secret rotation the
sender signs with the old and the new secret, so a receiver accepts when any `v1` matches.

    event = tensorcost.webhooks.verify(request.body, request.headers["X-TensorCost-Signature"], secret)
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import importlib
import json
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from ._constants import WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TOLERANCE
from ._exceptions import WebhookSignatureError

if TYPE_CHECKING:
    # A union of the generated event models, for type checkers only.
    from ._generated.api import WebhookEvent

__all__ = [
    "EVENT_TYPES",
    "SIGNATURE_HEADER",
    "ReplayGuard",
    "UnknownWebhookEvent",
    "WebhookSignatureError",
    "sign",
    "verify",
]

SIGNATURE_HEADER = WEBHOOK_SIGNATURE_HEADER


def __getattr__(name: str) -> Any:
    if name == "EVENT_TYPES":  # read from the generated layer only when asked for
        from ._generated.api import WEBHOOK_EVENT_MODELS

        return frozenset(WEBHOOK_EVENT_MODELS)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if TYPE_CHECKING:
    EVENT_TYPES: frozenset[str]
    """The event types of the spec; `verify` returns their generated models."""


class UnknownWebhookEvent(NamedTuple):
    """An event of a type this SDK version does not know yet: `{id, type, created, data}`."""

    id: str
    type: str
    created: _dt.datetime
    data: Mapping[str, Any]
    raw: Mapping[str, Any]

    @classmethod
    def from_dict(cls, body: Mapping[str, Any]) -> UnknownWebhookEvent:
        event_id, event_type, created, data = body["id"], body["type"], body["created"], body.get("data", {})
        if not isinstance(event_id, str) or not isinstance(event_type, str) or not isinstance(data, Mapping):
            raise TypeError("id and type must be strings and data an object")
        if isinstance(created, int | float) and not isinstance(created, bool):
            when = _dt.datetime.fromtimestamp(created, tz=_dt.UTC)
        elif isinstance(created, str):
            when = _dt.datetime.fromisoformat(created)
        else:
            raise TypeError("created must be unix seconds or an ISO-8601 time")
        return cls(event_id, event_type, when, data, body)


def _secrets(secret: str | Sequence[str]) -> list[bytes]:
    secrets = [secret] if isinstance(secret, str) else list(secret)
    if not secrets or not all(isinstance(s, str) and s for s in secrets):
        raise ValueError("secret must be a non-empty string or a list of them")
    return [s.encode() for s in secrets]


def _signature(secret: bytes, timestamp: int, payload: bytes) -> str:
    return hmac.new(secret, b"%d." % timestamp + payload, hashlib.sha256).hexdigest()


def sign(payload: bytes, secret: str | Sequence[str], *, timestamp: int | None = None) -> str:
    """The signature header value for `payload`, one `v1` per secret (for tests and mocks)."""
    t = int(time.time()) if timestamp is None else timestamp
    return ",".join([f"t={t}", *(f"v1={_signature(s, t, payload)}" for s in _secrets(secret))])


_MAX_HEADER_CHARS = 4096  # room for dozens of v1 signatures
_UNIX_SECONDS = re.compile(r"[0-9]{1,12}")


def _header_text(header: str | bytes) -> str:
    if isinstance(header, bytes | bytearray):
        try:
            header = bytes(header).decode("ascii")
        except UnicodeDecodeError:
            raise WebhookSignatureError(f"malformed {SIGNATURE_HEADER} header: not ASCII") from None
    if not isinstance(header, str):
        raise TypeError(f"the {SIGNATURE_HEADER} header must be str or bytes")
    if len(header) > _MAX_HEADER_CHARS:
        raise WebhookSignatureError(
            f"malformed {SIGNATURE_HEADER} header: longer than {_MAX_HEADER_CHARS} characters"
        )
    return header


def _parse_header(header: str) -> tuple[int, list[str]]:
    timestamp: int | None = None
    signatures: list[str] = []
    for item in header.split(","):
        key, sep, value = item.strip().partition("=")
        if not sep:
            raise WebhookSignatureError(
                f"malformed {SIGNATURE_HEADER} header: {item.strip()[:40]!r} is not key=value"
            )
        if key == "t":
            if not _UNIX_SECONDS.fullmatch(value):  # bounded: no huge ints, no OverflowError
                raise WebhookSignatureError(
                    f"malformed {SIGNATURE_HEADER} header: t={value[:20]!r} is not unix seconds"
                )
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    if timestamp is None:
        raise WebhookSignatureError(f"malformed {SIGNATURE_HEADER} header: no t=<unix seconds>")
    if not signatures:
        raise WebhookSignatureError(f"malformed {SIGNATURE_HEADER} header: no v1=<signature>")
    return timestamp, signatures


class ReplayGuard:
    """Remembers the ids of verified events for `ttl` seconds, so a replayed delivery is refused.

    A signature proves who sent a body, not that it arrives once: anyone who captured a delivery
    can resend it within the tolerance. Pass one guard (per process; use a shared store such as
    your database's unique key across processes) to `verify(..., replay_guard=guard)`. At most
    `max_size` ids are kept; the oldest go first. Thread-safe.
    """

    def __init__(self, ttl: float = 2 * WEBHOOK_TOLERANCE, max_size: int = 100_000) -> None:
        self.ttl = ttl
        self.max_size = max_size
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, event_id: str, now: float | None = None) -> bool:
        """True the first time `event_id` is seen within `ttl`; False for a repeat."""
        current = time.time() if now is None else now
        with self._lock:
            while self._seen and (
                len(self._seen) >= self.max_size or next(iter(self._seen.values())) <= current - self.ttl
            ):
                self._seen.popitem(last=False)
            if event_id in self._seen:
                return False
            self._seen[event_id] = current
            return True


def verify(
    payload: bytes,
    signature_header: str | bytes | None,
    secret: str | Sequence[str],
    tolerance: float = WEBHOOK_TOLERANCE,
    *,
    now: float | None = None,
    replay_guard: ReplayGuard | None = None,
) -> WebhookEvent | UnknownWebhookEvent:
    """Check the signature of a webhook's raw body and return the typed event.

    Known event types come back as their generated models (e.g. `AlertTriggeredEvent`, with
    `.type_`), newer ones as `UnknownWebhookEvent`.

    `secret` may be a list (your side of a rotation: any of them may match). Raises
    `WebhookSignatureError` saying why when the header is missing, malformed, older or newer
    than `tolerance` seconds (0 turns the check off), or no `v1` matches. The header may be
    `str` or `bytes`. With a `replay_guard`, an event id already verified is refused too
    (TensorCost may deliver an event more than once after a failure: treat it as done).
    """
    if not signature_header:
        raise WebhookSignatureError(f"missing {SIGNATURE_HEADER} header; is this request from TensorCost?")
    if not isinstance(payload, bytes | bytearray):
        raise TypeError("payload must be the raw request body as bytes, before any JSON parsing")
    timestamp, signatures = _parse_header(_header_text(signature_header))
    current = time.time() if now is None else now
    if tolerance and abs(current - timestamp) > tolerance:
        raise WebhookSignatureError(
            f"stale signature: signed at t={timestamp}, {abs(current - timestamp):.0f} s from now "
            f"(tolerance {tolerance:.0f} s); check the server clock or reject the replay"
        )
    expected = [_signature(s, timestamp, bytes(payload)) for s in _secrets(secret)]
    # compare_digest on every pair: the time taken does not reveal how much of a guess matched.
    matched = False
    for candidate in signatures:
        for good in expected:
            matched |= hmac.compare_digest(candidate.encode(), good.encode())
    if not matched:
        raise WebhookSignatureError(
            "no v1 signature matches the signing secret; check the secret (or the body was altered)"
        )
    try:
        body = json.loads(payload)
        if not isinstance(body, Mapping):
            raise TypeError("the event is not a JSON object")
        event = parse_event(body)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise WebhookSignatureError(
            f"the signature is valid but the body is not a webhook event: {exc}"
        ) from exc
    if replay_guard is not None and not replay_guard.first_time(str(event.id), current):
        raise WebhookSignatureError(f"replayed event {event.id}: already verified once; ignore it")
    return event


def parse_event(body: Mapping[str, Any]) -> WebhookEvent | UnknownWebhookEvent:
    """The typed event for a decoded webhook body (no signature check)."""
    from ._generated.api import WEBHOOK_EVENT_MODELS

    event_type = body.get("type")
    known = WEBHOOK_EVENT_MODELS.get(event_type) if isinstance(event_type, str) else None
    if known is None:
        return UnknownWebhookEvent.from_dict(body)
    module = importlib.import_module(f"{__package__}._generated.models.{known[0]}")
    event: WebhookEvent = getattr(module, known[1]).from_dict(body)
    return event
