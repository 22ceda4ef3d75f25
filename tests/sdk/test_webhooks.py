"""Webhook signatures: sign/verify, rotation, staleness, malformed headers, typed events."""

from __future__ import annotations

import json

import pytest
from _spec import load_spec
from tensorcost import WebhookSignatureError, webhooks

from .helpers import now

SECRET = "whsec_current_0123456789"
OLD_SECRET = "whsec_previous_9876543210"


def example_event(event_type: str) -> bytes:
    operation = load_spec()["webhooks"][event_type]["post"]
    example = operation["requestBody"]["content"]["application/json"]["example"]
    return json.dumps(example).encode()


ALERT = example_event("alert.triggered")


def test_sign_then_verify_returns_the_typed_event() -> None:
    header = webhooks.sign(ALERT, SECRET)
    event = webhooks.verify(ALERT, header, SECRET)
    assert type(event).__name__ == "AlertTriggeredEvent"
    assert event.type_ == "alert.triggered"  # type: ignore[union-attr]
    assert event.id.startswith("evt_")
    assert event.created.tzinfo is not None


@pytest.mark.parametrize("event_type", sorted(webhooks.EVENT_TYPES))
def test_every_event_type_of_the_spec_parses(event_type: str) -> None:
    payload = example_event(event_type)
    event = webhooks.verify(payload, webhooks.sign(payload, SECRET), SECRET)
    assert event.type_ == event_type  # type: ignore[union-attr]


def test_rotation_any_v1_matches() -> None:
    header = webhooks.sign(ALERT, [OLD_SECRET, SECRET])
    assert header.count("v1=") == 2
    webhooks.verify(ALERT, header, SECRET)  # receiver already on the new secret
    webhooks.verify(ALERT, header, OLD_SECRET)  # receiver still on the old one
    webhooks.verify(ALERT, webhooks.sign(ALERT, OLD_SECRET), [SECRET, OLD_SECRET])  # receiver accepts both


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        (None, "missing"),
        ("", "missing"),
        ("v1=abc", "no t="),
        (f"t={now()}", "no v1="),
        ("t=yesterday,v1=abc", "not unix seconds"),
        ("garbage", "not key=value"),
    ],
)
def test_missing_or_malformed_headers(header: str | None, reason: str) -> None:
    with pytest.raises(WebhookSignatureError, match=reason) as info:
        webhooks.verify(ALERT, header, SECRET)
    assert reason in info.value.reason


def test_wrong_secret_or_altered_body() -> None:
    header = webhooks.sign(ALERT, SECRET)
    with pytest.raises(WebhookSignatureError, match="no v1 signature matches"):
        webhooks.verify(ALERT, header, "whsec_someone_else")
    with pytest.raises(WebhookSignatureError, match="no v1 signature matches"):
        webhooks.verify(ALERT.replace(b"warning", b"critical"), header, SECRET)


@pytest.mark.parametrize("offset", [-301, 301, -3600])
def test_stale_or_future_timestamps(offset: int) -> None:
    header = webhooks.sign(ALERT, SECRET, timestamp=now() + offset)
    with pytest.raises(WebhookSignatureError, match="stale signature"):
        webhooks.verify(ALERT, header, SECRET)


def test_tolerance_is_configurable() -> None:
    header = webhooks.sign(ALERT, SECRET, timestamp=now() - 600)
    webhooks.verify(ALERT, header, SECRET, tolerance=900)
    webhooks.verify(ALERT, header, SECRET, tolerance=0)  # 0 turns the check off
    webhooks.verify(ALERT, header, SECRET, now=now() - 590)


def test_unknown_event_types_still_verify() -> None:
    payload = json.dumps(
        {"id": "evt_0123456789", "type": "budget.deleted", "created": "2026-11-26T02:00:04Z", "data": {}}
    ).encode()
    event = webhooks.verify(payload, webhooks.sign(payload, SECRET), SECRET)
    assert isinstance(event, webhooks.UnknownWebhookEvent)
    assert event.type == "budget.deleted"
    assert event.created.year == 2026


def test_valid_signature_but_broken_event() -> None:
    for payload in (b"not json", b"[1]", json.dumps({"type": "alert.triggered", "id": "evt_1"}).encode()):
        with pytest.raises(WebhookSignatureError, match="not a webhook event"):
            webhooks.verify(payload, webhooks.sign(payload, SECRET), SECRET)


def test_payload_must_be_raw_bytes() -> None:
    with pytest.raises(TypeError, match="raw request body"):
        webhooks.verify(json.loads(ALERT), webhooks.sign(ALERT, SECRET), SECRET)  # type: ignore[arg-type]


def test_signature_is_hmac_sha256_of_timestamp_dot_body() -> None:
    import hashlib
    import hmac

    header = webhooks.sign(b"{}", "s", timestamp=1700000000)
    expected = hmac.new(b"s", b"1700000000.{}", hashlib.sha256).hexdigest()
    assert header == f"t=1700000000,v1={expected}"
    assert webhooks.SIGNATURE_HEADER == "X-TensorCost-Signature"
