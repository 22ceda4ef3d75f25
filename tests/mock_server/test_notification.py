"""notification: channels with write-only secrets, webhook endpoints, and signed test deliveries."""

from __future__ import annotations

import hashlib
import hmac
import json

import httpx
import pytest
from mock_helpers import ACME, NIMBUS, bearer, receiver
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio

CHANNELS = "/v1/notification/channels"
SECRET = "whsec_3q9VZk7TnM2pL8xR4cW6yB1dF5hJ0gKe"
SECRET_KEYS = {"webhook_url", "routing_key", "signing_secret"}


def webhook(port: int, name: str = "Local ops bridge", enabled: bool = True, **config: object) -> dict:
    url = f"https://127.0.0.1:{port}/hooks/tensorcost"
    config = {"type": "webhook", "url": url, "signing_secret": SECRET, **config}
    return {"name": name, "enabled": enabled, "config": config}


def verify(header: str, body: bytes, secret: str, now: int) -> bool:
    """The receiver's check: any v1 equals HMAC-SHA256("{t}.{body}") and t is within 300 s."""
    parts = [p.split("=", 1) for p in header.split(",")]
    t = next(v for k, v in parts if k == "t")
    expected = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    fresh = abs(now - int(t)) <= 300
    return fresh and any(hmac.compare_digest(v, expected) for k, v in parts if k == "v1")


async def test_channels_of_every_type_without_secrets(client: httpx.AsyncClient, app: MockApp) -> None:
    channels = (await client.get(CHANNELS, headers=bearer(app))).json()["data"]
    assert {c["config"]["type"] for c in channels} == {"slack", "pagerduty", "teams", "email", "webhook"}
    created = [c["created_at"] for c in channels]
    assert created == sorted(created)
    assert {c["enabled"] for c in channels} == {True, False}
    for c in channels:
        assert not SECRET_KEYS & c["config"].keys()
        if c["config"]["type"] != "email":
            assert any(k.endswith("_last4") and len(v) == 4 for k, v in c["config"].items())
    slack = (await client.get(CHANNELS, params={"type": "slack"}, headers=bearer(app))).json()["data"]
    assert slack
    assert [c["id"] for c in slack] == [c["id"] for c in channels if c["config"]["type"] == "slack"]


async def test_created_channel_keeps_its_secret(client: httpx.AsyncClient, app: MockApp) -> None:
    body = {
        "name": "Platform on-call",
        "description": "Pages for SEV1 cost incidents.",
        "config": {
            "type": "pagerduty",
            "routing_key": "R0ut1ngK3yR0ut1ngK3yR0ut1ngK3yAb",
            "service_name": "Platform",
        },
    }
    r = await client.post(CHANNELS, json=body, headers=bearer(app))
    assert r.status_code == 201
    assert "R0ut1ngK3y" not in r.text
    channel = r.json()["data"]
    assert channel["config"] == {"type": "pagerduty", "service_name": "Platform", "routing_key_last4": "3yAb"}
    assert (channel["enabled"], channel["last_delivery_at"]) == (True, None)
    listed = (await client.get(CHANNELS, params={"type": "pagerduty"}, headers=bearer(app))).json()["data"]
    assert listed[-1] == channel
    r = await client.post(CHANNELS, json=body, headers=bearer(app))
    assert r.status_code == 409
    assert r.json()["code"] == "DUPLICATE"


async def test_webhook_channel_registers_its_endpoint(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.post(CHANNELS, json=webhook(9, event_types=["alert.resolved"]), headers=bearer(app))
    channel = r.json()["data"]
    assert channel["config"] == {
        "type": "webhook",
        "url": "https://127.0.0.1:9/hooks/tensorcost",
        "event_types": ["alert.resolved"],
        "signing_secret_last4": SECRET[-4:],
    }
    endpoints = app.runtime.store(ACME).collection("webhook_endpoints")
    endpoint = endpoints.require(channel["id"])
    # the endpoint keeps the channel's URL (the engine calls loopback https:// URLs over plain HTTP);
    # the secret signs every delivery
    assert endpoint == {
        "id": channel["id"],
        "url": "https://127.0.0.1:9/hooks/tensorcost",
        "secret": SECRET,
        "event_types": ["alert.resolved"],
    }
    paused = webhook(9, name="Paused sink", enabled=False)
    paused_id = (await client.post(CHANNELS, json=paused, headers=bearer(app))).json()["data"]["id"]
    assert paused_id not in endpoints  # a disabled channel receives no events


async def test_test_sends_a_signed_event_to_a_loopback_receiver(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    async with receiver(200) as (port, received):
        app.settings.allow_webhook_ports.append(port)  # --allow-webhook-port
        channel = (await client.post(CHANNELS, json=webhook(port), headers=bearer(app))).json()["data"]
        r = await client.post(f"{CHANNELS}/{channel['id']}/test", headers=bearer(app, "li.wei@acme-ai.com"))
    assert r.status_code == 200
    result = r.json()["data"]
    assert (result["channel_id"], result["delivered"], result["status_code"], result["error"]) == (
        channel["id"],
        True,
        200,
        None,
    )
    assert result["tested_at"] == "2026-11-26T12:00:00Z"
    assert len(received) == 1
    request_line, headers, body = received[0]
    assert request_line == "POST /hooks/tensorcost HTTP/1.1"
    event = json.loads(body)
    assert (event["id"], event["type"]) == (result["event_id"], "notification.test")
    assert event["data"]["channel_id"] == channel["id"]
    assert event["data"]["requested_by"] == "li.wei@acme-ai.com"
    assert verify(headers["X-TensorCost-Signature"], body, SECRET, int(app.runtime.clock.timestamp()))
    assert not verify(
        headers["X-TensorCost-Signature"], body, "whsec_wrong" + "x" * 30, int(app.runtime.clock.timestamp())
    )
    listed = (await client.get(CHANNELS, params={"type": "webhook"}, headers=bearer(app))).json()["data"]
    assert next(c for c in listed if c["id"] == channel["id"])["last_delivery_at"] == "2026-11-26T12:00:00Z"


async def test_a_failing_receiver_is_reported(client: httpx.AsyncClient, app: MockApp) -> None:
    async with receiver(500) as (port, received):
        app.settings.allow_webhook_ports.append(port)
        channel = (await client.post(CHANNELS, json=webhook(port), headers=bearer(app))).json()["data"]
        result = (await client.post(f"{CHANNELS}/{channel['id']}/test", headers=bearer(app))).json()["data"]
    assert len(received) == 1
    assert (result["delivered"], result["status_code"]) == (False, 500)
    assert "500" in result["error"]
    listed = (await client.get(CHANNELS, params={"type": "webhook"}, headers=bearer(app))).json()["data"]
    assert next(c for c in listed if c["id"] == channel["id"])["last_delivery_at"] is None


async def test_non_loopback_webhooks_are_refused_and_others_simulated(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    channels = (await client.get(CHANNELS, headers=bearer(app))).json()["data"]
    remote = next(c for c in channels if c["config"]["type"] == "webhook")
    result = (await client.post(f"{CHANNELS}/{remote['id']}/test", headers=bearer(app))).json()["data"]
    assert (result["delivered"], result["status_code"]) == (False, None)
    assert "loopback" in result["error"]
    email = next(c for c in channels if c["config"]["type"] == "email")
    result = (await client.post(f"{CHANNELS}/{email['id']}/test", headers=bearer(app))).json()["data"]
    assert (result["delivered"], result["status_code"], result["error"]) == (True, None, None)
    pagerduty = next(c for c in channels if c["config"]["type"] == "pagerduty")
    result = (await client.post(f"{CHANNELS}/{pagerduty['id']}/test", headers=bearer(app))).json()["data"]
    assert (result["delivered"], result["status_code"]) == (True, 202)


async def test_other_tenants_channels_are_404(client: httpx.AsyncClient, app: MockApp) -> None:
    ours = (await client.get(CHANNELS, headers=bearer(app))).json()["data"]
    nimbus = bearer(app, "hana.sato@nimbus-robotics.com", NIMBUS)
    assert (await client.post(f"{CHANNELS}/{ours[0]['id']}/test", headers=nimbus)).status_code == 404
    theirs = (await client.get(CHANNELS, headers=nimbus)).json()["data"]
    assert theirs
    assert not {c["id"] for c in ours} & {c["id"] for c in theirs}


async def test_create_channel_replays_with_the_same_idempotency_key(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    body = {
        "name": "Finance digest (Teams)",
        "config": {"type": "teams", "webhook_url": "https://acme.example/hook/abcd"},
    }
    headers = {**bearer(app), "Idempotency-Key": "chn-create-1"}
    first = await client.post(CHANNELS, json=body, headers=headers)
    replay = await client.post(CHANNELS, json=body, headers=headers)
    assert first.status_code == replay.status_code == 201
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert replay.json() == first.json()
    assert first.json()["data"]["config"]["webhook_url_last4"] == "abcd"
    listed = (await client.get(CHANNELS, params={"type": "teams"}, headers=bearer(app))).json()["data"]
    assert [c["name"] for c in listed].count("Finance digest (Teams)") == 1


async def test_viewer_cannot_create_or_test(client: httpx.AsyncClient, app: MockApp) -> None:
    viewer = bearer(app, "sam.okafor@acme-ai.com")
    assert (await client.post(CHANNELS, json=webhook(9), headers=viewer)).status_code == 403
    channels = (await client.get(CHANNELS, headers=viewer)).json()["data"]
    assert (await client.post(f"{CHANNELS}/{channels[0]['id']}/test", headers=viewer)).status_code == 403
