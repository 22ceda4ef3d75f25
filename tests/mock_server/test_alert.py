"""alert: seeded alerts, rules, escalation policies and incidents; state transitions and the webhook."""

from __future__ import annotations

import hashlib
import hmac
import json
from decimal import Decimal

import httpx
import pytest
from mock_helpers import NIMBUS, all_pages, bearer, receiver
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio

ALERTS = "/v1/alert/alerts"
OPEN_ALERT = "alr_8fKq2Lm9Xp4R"  # Acme's seeded, triggered alert of the spec's examples
ITS_INCIDENT = "inc_2Vb7Nc4Xz9Qp"
EVER = {"start": "2025-01-01T00:00:00Z"}  # the default window is the current month


async def incident(client: httpx.AsyncClient, app: MockApp, ident: str) -> dict:
    incidents = await all_pages(client, "/v1/alert/incidents", bearer(app), limit=500, **EVER)
    return next(i for i in incidents if i["id"] == ident)


async def test_filters_narrow_the_list(client: httpx.AsyncClient, app: MockApp) -> None:
    everything = await all_pages(client, ALERTS, bearer(app), limit=500, **EVER)
    month = await all_pages(client, ALERTS, bearer(app), limit=500)
    assert 0 < len(month) < len(everything)
    assert all(a["triggered_at"] >= "2026-11-01T00:00:00Z" for a in month)
    for key, value in (("status", "resolved"), ("severity", "critical"), ("type", "idle_gpu")):
        subset = await all_pages(client, ALERTS, bearer(app), limit=500, **EVER, **{key: value})
        assert subset
        assert all(a[key] == value for a in subset)
        assert len(subset) == sum(a[key] == value for a in everything)
    both = await all_pages(
        client, ALERTS, bearer(app), limit=500, status="triggered", severity="error", **EVER
    )
    assert [a["id"] for a in both] == [
        a["id"] for a in everything if a["status"] == "triggered" and a["severity"] == "error"
    ]


async def test_pagination_reaches_the_end_newest_first(client: httpx.AsyncClient, app: MockApp) -> None:
    first = (await client.get(ALERTS, params={"limit": 7, **EVER}, headers=bearer(app))).json()
    assert first["count"] == 7
    assert first["next_cursor"]
    paged = await all_pages(client, ALERTS, bearer(app), limit=7, **EVER)
    whole = await all_pages(client, ALERTS, bearer(app), limit=500, **EVER)
    assert [a["id"] for a in paged] == [a["id"] for a in whole]
    assert len({a["id"] for a in paged}) == len(paged) > 40
    stamps = [a["triggered_at"] for a in paged]
    assert stamps == sorted(stamps, reverse=True)


async def test_every_severity_has_alerts_in_every_status(client: httpx.AsyncClient, app: MockApp) -> None:
    alerts = await all_pages(client, ALERTS, bearer(app), limit=500, **EVER)
    seen = {(a["severity"], a["status"]) for a in alerts}
    for severity in ("critical", "error", "warning", "info"):
        for status in ("triggered", "acknowledged", "resolved", "ignored"):
            assert (severity, status) in seen
    for a in alerts:
        assert a["triggered_at"] <= a["last_event_at"] <= "2026-11-26T12:00:00Z"
        assert (a["resolved_at"] is not None) == (a["status"] == "resolved")
        assert (a["ignored_at"] is not None) == (a["status"] == "ignored")
        if a["status"] == "acknowledged":
            assert a["acknowledged_by"].endswith("@acme-ai.com")


async def test_summary_is_computed_from_the_alerts(client: httpx.AsyncClient, app: MockApp) -> None:
    window = {"start": "2026-10-01T00:00:00Z", "end": "2026-11-20T00:00:00Z"}
    r = await client.get(f"{ALERTS}/summary", params=window, headers=bearer(app))
    summary = r.json()["data"]
    alerts = await all_pages(client, ALERTS, bearer(app), limit=500, **window)
    assert summary["window"] == window
    assert summary["total"] == len(alerts)
    assert summary["open"] == sum(a["status"] in ("triggered", "acknowledged") for a in alerts)
    for severity, counts in summary["by_severity"].items():
        assert counts["total"] == sum(a["severity"] == severity for a in alerts)
    assert sum(c["total"] for c in summary["by_severity"].values()) == summary["total"]
    assert sum(t["open"] for t in summary["by_type"]) == summary["open"]
    assert sum(t["total"] for t in summary["by_type"]) == summary["total"]
    totals = [t["total"] for t in summary["by_type"]]
    assert totals == sorted(totals, reverse=True)
    assert 0 not in totals


async def test_acknowledge_then_resolve_shows_in_lists_and_incident(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    before = await incident(client, app, ITS_INCIDENT)
    assert before["status"] == "triggered"
    assert OPEN_ALERT in before["alert_ids"]
    r = await client.post(
        f"{ALERTS}/{OPEN_ALERT}/acknowledge", headers=bearer(app, "marco.bianchi@acme-ai.com")
    )
    assert r.status_code == 200
    acked = r.json()["data"]
    assert acked["status"] == "acknowledged"
    assert acked["acknowledged_by"] == "marco.bianchi@acme-ai.com"
    assert acked["acknowledged_at"] == "2026-11-26T12:00:00Z"
    again = await client.post(f"{ALERTS}/{OPEN_ALERT}/acknowledge", headers=bearer(app))
    assert again.status_code == 200
    assert again.json()["data"] == acked
    after = await incident(client, app, ITS_INCIDENT)
    assert after["status"] == "acknowledged"
    assert after["timeline"][-1]["kind"] == "acknowledged"
    assert after["timeline"][-1]["actor"] == "marco.bianchi@acme-ai.com"

    r = await client.patch(
        f"{ALERTS}/{OPEN_ALERT}/resolve", json={"note": "Rolled back."}, headers=bearer(app)
    )
    resolved = r.json()["data"]
    assert (resolved["status"], resolved["resolved_by"], resolved["resolution_note"]) == (
        "resolved",
        "ana.ruiz@acme-ai.com",
        "Rolled back.",
    )
    listed = await all_pages(client, ALERTS, bearer(app), limit=500, status="resolved", **EVER)
    assert OPEN_ALERT in {a["id"] for a in listed}
    closed = await incident(client, app, ITS_INCIDENT)
    members = [
        a
        for a in await all_pages(client, ALERTS, bearer(app), limit=500, **EVER)
        if a["incident_id"] == ITS_INCIDENT
    ]
    all_closed = all(a["status"] in ("resolved", "ignored") for a in members)
    assert closed["status"] == ("resolved" if all_closed else "acknowledged")
    assert any(OPEN_ALERT in e["message"] and "resolved" in e["message"] for e in closed["timeline"])
    if all_closed:
        assert closed["resolved_at"] == "2026-11-26T12:00:00Z"
        assert closed["timeline"][-1]["kind"] == "resolved"


async def test_closed_alerts_refuse_every_transition(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.patch(
        f"{ALERTS}/{OPEN_ALERT}/ignore", json={"reason": "Load test."}, headers=bearer(app)
    )
    assert r.status_code == 200
    ignored = r.json()["data"]
    assert (ignored["status"], ignored["ignored_reason"], ignored["ignored_by"]) == (
        "ignored",
        "Load test.",
        "ana.ruiz@acme-ai.com",
    )
    for method, verb, body in (
        ("PATCH", "resolve", None),
        ("PATCH", "ignore", {"reason": "again"}),
        ("POST", "acknowledge", None),
    ):
        r = await client.request(method, f"{ALERTS}/{OPEN_ALERT}/{verb}", json=body, headers=bearer(app))
        assert r.status_code == 409, verb
        assert r.json()["code"] == "INVALID_STATE_TRANSITION"
    resolved = await all_pages(client, ALERTS, bearer(app), limit=500, status="resolved", **EVER)
    r = await client.patch(f"{ALERTS}/{resolved[0]['id']}/resolve", headers=bearer(app))
    assert r.status_code == 409


async def test_ignore_takes_an_optional_reason(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.patch(f"{ALERTS}/{OPEN_ALERT}/ignore", headers=bearer(app))
    assert r.status_code == 200, r.text
    ignored = r.json()["data"]
    assert (ignored["status"], ignored["ignored_reason"]) == ("ignored", None)
    assert ignored["ignored_by"] == "ana.ruiz@acme-ai.com"
    r = await client.patch(f"{ALERTS}/{OPEN_ALERT}/ignore", json={"reason": "again"}, headers=bearer(app))
    assert r.status_code == 409  # already ignored


async def test_resolve_sends_a_signed_alert_resolved_webhook(client: httpx.AsyncClient, app: MockApp) -> None:
    async with receiver(204) as (port, received):
        app.settings.allow_webhook_ports.append(port)  # --allow-webhook-port
        channel = {
            "name": "Local alert sink",
            "config": {
                "type": "webhook",
                "url": f"https://127.0.0.1:{port}/hooks",
                "signing_secret": "whsec_" + "k" * 32,
                "event_types": ["alert.resolved"],
            },
        }
        assert (
            await client.post("/v1/notification/channels", json=channel, headers=bearer(app))
        ).status_code == 201
        r = await client.patch(f"{ALERTS}/{OPEN_ALERT}/resolve", headers=bearer(app))
        assert r.status_code == 200
    assert len(received) == 1
    _, headers, body = received[0]
    event = json.loads(body)
    assert event["type"] == "alert.resolved"
    assert event["data"]["id"] == OPEN_ALERT
    assert event["data"]["status"] == "resolved"
    assert event["data"]["resolved_at"] == r.json()["data"]["resolved_at"]
    t, v1 = (part.split("=", 1)[1] for part in headers["X-TensorCost-Signature"].split(","))
    expected = hmac.new(b"whsec_" + b"k" * 32, f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(v1, expected)


async def test_created_rule_is_listed_and_names_are_unique(client: httpx.AsyncClient, app: MockApp) -> None:
    channels = (await client.get("/v1/notification/channels", headers=bearer(app))).json()["data"]
    policies = (await client.get("/v1/alert/escalation-policies", headers=bearer(app))).json()["data"]
    rule = {
        "name": "Vertex hourly spend over 30 USD",
        "metric": "hourly_spend",
        "scope": {"source": "vertex"},
        "condition": {
            "operator": "gt",
            "threshold": {"amount": "30.00", "currency": "USD"},
            "window_minutes": 5,
        },
        "severity": "warning",
        "escalation_policy_id": policies[0]["id"],
        "channel_ids": [channels[0]["id"]],
    }
    r = await client.post("/v1/alert/rules", json=rule, headers=bearer(app))
    assert r.status_code == 201
    created = r.json()["data"]
    assert created["id"].startswith("rul_")
    assert created["scope"]["source"] == "vertex"
    assert created["scope"]["team"] is None
    assert created["enabled"] is True
    assert created["last_triggered_at"] is None
    assert created["created_by"] == "ana.ruiz@acme-ai.com"
    listed = (await client.get("/v1/alert/rules", headers=bearer(app))).json()["data"]
    assert created in listed
    names = [x["name"].lower() for x in listed]
    assert names == sorted(names)
    r = await client.post("/v1/alert/rules", json=rule, headers=bearer(app))
    assert r.status_code == 409
    assert r.json()["code"] == "DUPLICATE"


async def test_rule_with_unknown_channel_or_policy_is_400(client: httpx.AsyncClient, app: MockApp) -> None:
    rule = {
        "name": "Broken references",
        "metric": "daily_spend",
        "condition": {
            "operator": "gt",
            "threshold": {"amount": "10", "currency": "USD"},
            "window_minutes": 5,
        },
        "severity": "info",
        "escalation_policy_id": "esc_DoesNotExist01",
        "channel_ids": ["chn_DoesNotExist01"],
    }
    r = await client.post("/v1/alert/rules", json=rule, headers=bearer(app))
    assert r.status_code == 400
    assert r.json()["details"][0]["field"] == "escalation_policy_id"
    r = await client.post("/v1/alert/rules", json={**rule, "escalation_policy_id": None}, headers=bearer(app))
    assert r.status_code == 400
    assert r.json()["details"][0]["field"] == "channel_ids.0"


async def test_rules_and_escalation_targets_point_at_real_channels(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    channels = {
        c["id"] for c in (await client.get("/v1/notification/channels", headers=bearer(app))).json()["data"]
    }
    rules = (await client.get("/v1/alert/rules", headers=bearer(app))).json()["data"]
    policies = (await client.get("/v1/alert/escalation-policies", headers=bearer(app))).json()["data"]
    assert len(rules) >= 10
    assert len(policies) >= 3
    assert {r["enabled"] for r in rules} == {True, False}
    assert all(set(r["channel_ids"]) <= channels for r in rules)
    policy_ids = {p["id"] for p in policies}
    assert all(r["escalation_policy_id"] in policy_ids | {None} for r in rules)
    targets = [t for p in policies for level in p["escalation_rules"] for t in level["targets"]]
    assert {t["type"] for t in targets} == {"user", "schedule", "channel"}
    assert all(t["id"] in channels for t in targets if t["type"] == "channel")


async def test_incidents_group_alerts_with_ordered_timelines(client: httpx.AsyncClient, app: MockApp) -> None:
    incidents = await all_pages(client, "/v1/alert/incidents", bearer(app), limit=5, **EVER)
    alerts = {a["id"]: a for a in await all_pages(client, ALERTS, bearer(app), limit=500, **EVER)}
    assert len(incidents) > 10
    assert {i["status"] for i in incidents} == {"triggered", "acknowledged", "resolved"}
    rank = ["critical", "error", "warning", "info"]
    for inc in incidents:
        members = [alerts[a] for a in inc["alert_ids"]]
        assert all(m["incident_id"] == inc["id"] for m in members)
        assert inc["severity"] == min((m["severity"] for m in members), key=rank.index)
        impacts = [Decimal(m["cost_impact"]["amount"]) for m in members if m["cost_impact"]]
        assert (inc["cost_impact"] and Decimal(inc["cost_impact"]["amount"])) == (
            sum(impacts) if impacts else None
        )
        stamps = [e["at"] for e in inc["timeline"]]
        assert stamps == sorted(stamps)
        assert inc["timeline"][0]["kind"] == "triggered"
        assert (inc["status"] == "resolved") == all(m["status"] in ("resolved", "ignored") for m in members)
    only = await all_pages(
        client, "/v1/alert/incidents", bearer(app), status="resolved", severity="critical", **EVER
    )
    assert only
    assert all(i["status"] == "resolved" and i["severity"] == "critical" for i in only)


async def test_other_tenants_alerts_are_404(client: httpx.AsyncClient, app: MockApp) -> None:
    nimbus = bearer(app, "hana.sato@nimbus-robotics.com", NIMBUS)
    r = await client.patch(f"{ALERTS}/{OPEN_ALERT}/resolve", headers=nimbus)
    assert r.status_code == 404
    r = await client.post(f"{ALERTS}/{OPEN_ALERT}/acknowledge", headers=nimbus)
    assert r.status_code == 404
    theirs = await all_pages(client, ALERTS, nimbus, limit=500, **EVER)
    assert theirs
    assert OPEN_ALERT not in {a["id"] for a in theirs}
    ours = (
        await client.get(ALERTS, params={"status": "triggered", **EVER, "limit": 500}, headers=bearer(app))
    ).json()
    assert OPEN_ALERT in {a["id"] for a in ours["data"]}  # untouched


async def test_acknowledge_replays_with_the_same_idempotency_key(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    headers = {**bearer(app), "Idempotency-Key": "ack-8fKq-1"}
    first = await client.post(f"{ALERTS}/{OPEN_ALERT}/acknowledge", headers=headers)
    await client.patch(f"{ALERTS}/{OPEN_ALERT}/resolve", headers=bearer(app))
    replay = await client.post(f"{ALERTS}/{OPEN_ALERT}/acknowledge", headers=headers)
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert replay.status_code == first.status_code == 200
    assert replay.json() == first.json()  # the first answer, although the alert is resolved now


async def test_viewer_cannot_change_alerts(client: httpx.AsyncClient, app: MockApp) -> None:
    viewer = bearer(app, "sam.okafor@acme-ai.com")
    assert (await client.patch(f"{ALERTS}/{OPEN_ALERT}/resolve", headers=viewer)).status_code == 403
    assert (await client.get(ALERTS, headers=viewer)).status_code == 200


async def test_spend_thresholds_are_money_and_others_numbers(client: httpx.AsyncClient, app: MockApp) -> None:
    rule = {
        "name": "Daily spend as a bare number",
        "metric": "daily_spend",
        "condition": {"operator": "gt", "threshold": 4000, "window_minutes": 5},
        "severity": "info",
    }
    r = await client.post("/v1/alert/rules", json=rule, headers=bearer(app))
    assert (r.status_code, r.json()["details"][0]["field"]) == (400, "condition.threshold")
    money = {"amount": "50", "currency": "USD"}
    rule = {
        **rule,
        "name": "Tokens as money",
        "metric": "token_rate",
        "condition": {**rule["condition"], "threshold": money},
    }
    r = await client.post("/v1/alert/rules", json=rule, headers=bearer(app))
    assert r.status_code == 400
    rules = (await client.get("/v1/alert/rules", headers=bearer(app))).json()["data"]
    for seeded in rules:
        spend = seeded["metric"] in ("daily_spend", "hourly_spend")
        assert isinstance(seeded["condition"]["threshold"], dict) == spend, seeded["name"]
    alerts = (await client.get(ALERTS, params={"limit": 500, **EVER}, headers=bearer(app))).json()["data"]
    spend_alerts = [a for a in alerts if a["metric"] in ("daily_spend", "hourly_spend")]
    assert spend_alerts
    assert all(set(a["threshold"]) == {"amount", "currency"} for a in spend_alerts)
