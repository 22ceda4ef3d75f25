"""The event bus: typed events, synchronous ordered delivery; the audit trail and webhook
deliveries are subscribers."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import httpx
import pytest
from mock_helpers import ACME, bearer
from tensorcost_mock import MockApp
from tensorcost_mock.api.context import HandlerContext
from tensorcost_mock.events import (
    AuditRecorded,
    CredentialIssued,
    CredentialRevoked,
    Event,
    EventBus,
    WebhookRaised,
)
from tensorcost_mock.state import TenantStore

AT = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def audit_event(store: TenantStore, action: str = "member.invited") -> AuditRecorded:
    return AuditRecorded(store, "test-service", action, ("member", "mem_1"), AT, "0" * 32, "127.0.0.1")


def test_subscribers_run_in_order_before_publish_returns() -> None:
    store = TenantStore("t", random.Random(0))
    seen: list[str] = []
    bus = EventBus([(AuditRecorded, lambda e: seen.append("first:" + e.action))])
    bus.subscribe(AuditRecorded, lambda e: seen.append("second:" + e.action))
    bus.publish(audit_event(store))
    assert seen == ["first:member.invited", "second:member.invited"]


def test_an_event_reaches_only_the_subscribers_of_its_own_type() -> None:
    store = TenantStore("t", random.Random(0))
    seen: list[Event] = []
    bus = EventBus([(Event, seen.append)])
    bus.publish(audit_event(store))
    assert seen == []
    bus.publish(Event(store))
    assert seen == [Event(store)]


def test_a_subscribers_error_reaches_the_publisher() -> None:
    def refuse(event: AuditRecorded) -> None:
        raise RuntimeError(event.action)

    bus = EventBus([(AuditRecorded, refuse)])
    with pytest.raises(RuntimeError, match=r"^member\.invited$"):
        bus.publish(audit_event(TenantStore("t", random.Random(0))))


@pytest.mark.asyncio
async def test_the_audit_trail_is_kept_by_the_identity_subscriber(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    """A write of one service (tenant) reaches identity's audit trail only through the bus."""
    seen: list[AuditRecorded] = []
    app.runtime.bus.subscribe(AuditRecorded, seen.append)
    r = await client.post(
        "/v1/tenant/members", json={"email": "new.hire@acme-ai.com", "role": "viewer"}, headers=bearer(app)
    )
    assert r.status_code == 201, r.text
    member_id = r.json()["data"]["id"]
    assert [(e.action, e.target) for e in seen] == [("member.invited", ("member", member_id))]
    r = await client.get("/v1/identity/audit", params={"start": "2026-11-26T12:00:00Z"}, headers=bearer(app))
    listed = [e for e in r.json()["data"] if e["target"]["id"] == member_id]
    assert [e["request_id"] for e in listed] == [seen[0].request_id]


@pytest.mark.asyncio
async def test_rotating_a_gpu_agent_key_asks_identity_through_the_bus(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    """integration never writes identity's credentials: it publishes the revocation and the new key,
    and identity's subscribers change its own collection, which its API then shows."""
    headers = bearer(app)
    r = await client.get("/v1/integration/connections", params={"provider": "gpu_agent"}, headers=headers)
    conn = r.json()["data"][0]
    old_key = conn["auth"]["key_id"]
    seen: list[Event] = []
    app.runtime.bus.subscribe(CredentialRevoked, seen.append)
    app.runtime.bus.subscribe(CredentialIssued, seen.append)
    r = await client.post(f"/v1/integration/connections/{conn['id']}/rotate-secret", headers=headers)
    assert r.status_code == 200, r.text
    new_key = r.json()["data"]["auth"]["key_id"]
    assert [type(e) for e in seen] == [CredentialRevoked, CredentialIssued]
    assert isinstance(seen[0], CredentialRevoked)
    assert seen[0].key_id == old_key
    assert isinstance(seen[1], CredentialIssued)
    assert seen[1].key_id == new_key
    assert len(seen[1].secret_sha256) == 64  # only the digest travels
    # identity revoked the old key (a second revocation is a 404) and holds the new one
    assert (
        await client.delete(f"/v1/identity/agent-credentials/{old_key}", headers=headers)
    ).status_code == 404
    r = await client.post(f"/v1/integration/connections/{conn['id']}/validate", headers=headers)
    assert r.json()["data"]["checks"][0]["message"] == f"Agent credential {new_key} is active."
    r = await client.delete(f"/v1/identity/agent-credentials/{new_key}", headers=headers)
    assert r.status_code == 200, r.text
    assert r.json()["data"]["name"] == seen[1].name


def test_an_emitted_webhook_is_raised_on_the_bus_and_notification_picks_the_endpoints(app: MockApp) -> None:
    store = app.runtime.store(ACME)
    endpoints = store.collection("webhook_endpoints")
    for record in list(endpoints):
        endpoints.remove(record["id"])
    endpoints.add(
        {"id": "chn_a", "url": "http://127.0.0.1:9/a", "secret": "s", "event_types": ["alert.resolved"]}
    )
    endpoints.add(
        {"id": "chn_b", "url": "http://127.0.0.1:9/b", "secret": "s", "event_types": []}
    )  # every type
    endpoints.add(
        {
            "id": "chn_c",
            "url": "http://127.0.0.1:9/c",
            "secret": "s",
            "event_types": ["budget.threshold_crossed"],
        }
    )
    raised: list[WebhookRaised] = []
    app.runtime.bus.subscribe(WebhookRaised, raised.append)
    example = app.spec.document["webhooks"]["alert.resolved"]["post"]["requestBody"]["content"][
        "application/json"
    ]
    ctx = HandlerContext(
        op=app.spec.by_id["alert_resolve_alert"], runtime=app.runtime, principal=None, store=store,
        path={}, query={}, headers={}, body=None, trace_id="t", now=app.runtime.clock.now(),
    )  # fmt: skip
    event = ctx.emit("alert.resolved", example["example"]["data"])
    assert [(r.type, r.event) for r in raised] == [("alert.resolved", event)]
    # notification's subscriber ran first: one delivery per subscribed endpoint, sent after the response.
    assert len(ctx.background) == 2
    assert [call.args[0]["id"] for call in ctx.background] == ["chn_a", "chn_b"]  # type: ignore[attr-defined]
