"""The world lives: as the mock clock moves, usage accrues from the seed alone."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
from mock_helpers import NOW, all_pages, amount, bearer, make_app, receiver
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio

#: Reads whose answers the clock moves: cost, AI events, GPU metrics, alerts, budgets, forecast.
READS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("/v1/cost/summary", {}),
    ("/v1/cost/by-tag", {"group_by": "team"}),
    ("/v1/cost/budgets", {}),
    ("/v1/cost/forecast", {}),
    ("/v1/ai/spend", {"limit": 200}),
    ("/v1/ai/spend/summary", {}),
    ("/v1/gpu/instances/idle", {}),
    ("/v1/alert/alerts", {"limit": 200}),
    ("/v1/alert/rules", {}),
)


def _text(hours: float) -> str:
    return (NOW + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")


async def _answers(app: MockApp, moves: list[int]) -> list[bytes]:
    out: list[bytes] = []
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as client:
        for seconds in moves:
            r = await client.post("/_mock/clock", json={"advance_seconds": seconds})
            assert r.status_code == 200
            for path, params in READS:
                r = await client.get(path, params=params, headers=bearer(app))
                assert r.status_code == 200, (path, r.text)
                out.append(r.content)
    return out


async def test_same_seed_and_clock_moves_give_the_same_world_byte_for_byte() -> None:
    moves = [0, 5400, 3 * 86400 + 17, 36 * 3600]
    first = await _answers(make_app(), moves)
    assert first == await _answers(make_app(), moves)
    # Asking later for a window already past gives what asking right away gave: nothing depends on
    # when a day of traffic was first generated.
    late = make_app()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=late), base_url="http://mock") as client:
        await client.post("/_mock/clock", json={"advance_seconds": 10 * 86400})
        window = {"start": _text(0), "end": _text(48)}
        late_spend = await client.get("/v1/ai/spend/summary", params=window, headers=bearer(late))
    early = make_app()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=early), base_url="http://mock") as client:
        await client.post("/_mock/clock", json={"advance_seconds": 2 * 86400})
        early_spend = await client.get("/v1/ai/spend/summary", params=window, headers=bearer(early))
        await client.post("/_mock/clock", json={"advance_seconds": 8 * 86400})
        again = await client.get("/v1/ai/spend/summary", params=window, headers=bearer(early))
    assert late_spend.content == early_spend.content == again.content


async def test_another_seed_lives_another_way() -> None:
    moves = [2 * 86400]
    assert await _answers(make_app(), moves) != await _answers(make_app(seed=7), moves)


@pytest.mark.parametrize("hours", [1, 9, 30])
async def test_a_clock_jump_accrues_the_fleet_hours_and_the_traffic_of_the_gap(hours: int) -> None:
    app = make_app()
    window = {"start": _text(-48)}  # up to the clock
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as client:

        async def read() -> tuple[dict[str, Decimal], Decimal]:
            summary = (await client.get("/v1/cost/summary", params=window, headers=bearer(app))).json()[
                "data"
            ]
            spend = (await client.get("/v1/ai/spend/summary", params=window, headers=bearer(app))).json()[
                "data"
            ]
            self_hosted = sum(
                (amount(g["cost"]) for g in spend["by_source"] if g["key"] == "gpu_agent"), Decimal(0)
            )
            return {k: amount(v) for k, v in summary["by_workload"].items()}, amount(
                spend["cost"]
            ) - self_hosted

        before, traffic_before = await read()
        fleet = (
            await client.get(
                "/v1/gpu/instances", params={"state": "running", "limit": 200}, headers=bearer(app)
            )
        ).json()["data"]
        hourly = sum((amount(i["hourly_cost"]) for i in fleet), Decimal(0))
        assert hourly > 0
        r = await client.post("/_mock/clock", json={"advance_seconds": hours * 3600})
        assert r.status_code == 200
        after, traffic_after = await read()

    assert after["gpu"] - before["gpu"] == hourly * hours
    grown = after["managed_inference"] + after["agents"] - before["managed_inference"] - before["agents"]
    assert grown == traffic_after - traffic_before
    assert grown > 0  # new inference events arrived in the gap


async def test_new_events_and_metric_samples_appear_as_the_clock_moves(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    window = {"start": _text(0), "end": _text(24)}
    r = await client.get("/v1/ai/spend", params={**window, "limit": 5}, headers=bearer(app))
    assert r.json()["data"] == []  # the future has not happened
    await client.post("/_mock/clock", json={"advance_seconds": 24 * 3600})
    r = await client.get("/v1/ai/spend", params={**window, "limit": 5}, headers=bearer(app))
    events = r.json()["data"]
    assert events
    assert all(_text(0) <= e["occurred_at"] < _text(24) for e in events)
    fleet = (await client.get("/v1/gpu/instances", params={"state": "running"}, headers=bearer(app))).json()
    instance = next(i for i in fleet["data"] if i["agent_id"])
    r = await client.get(f"/v1/gpu/instances/{instance['id']}", headers=bearer(app))
    assert {s["timestamp"] for s in r.json()["data"]["latest_metrics"]} == {_text(24)}


@pytest.mark.parametrize("jump_hours", [0, 50])
async def test_the_idle_report_is_the_metrics_series(
    client: httpx.AsyncClient, app: MockApp, jump_hours: int
) -> None:
    await client.post("/_mock/clock", json={"advance_seconds": jump_hours * 3600})
    r = await client.get("/v1/gpu/instances/idle", params={"lookback_hours": 2}, headers=bearer(app))
    idle = r.json()["data"]
    assert idle
    for entry in idle:
        samples = await all_pages(
            client,
            f"/v1/gpu/instances/{entry['instance']['id']}/metrics",
            bearer(app),
            hours=2,
            limit=500,
        )
        activity = [Decimal(str(s["gr_engine_active"])) for s in samples]
        mean = sum(activity, Decimal(0)) / len(activity) * 100
        assert entry["avg_activity_pct"] == float(round(mean, 2)), entry["instance"]["id"]


async def test_a_rule_crossing_its_threshold_after_a_jump_opens_an_alert_and_signs_a_webhook(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    rule = {
        "name": "Bedrock spend of support-copilot over 1 USD an hour",
        "metric": "hourly_spend",
        "scope": {"source": "bedrock", "application": "support-copilot"},
        "condition": {
            "operator": "gt",
            "threshold": {"amount": "1.00", "currency": "USD"},
            "window_minutes": 60,
        },
        "severity": "warning",
    }
    r = await client.post("/v1/alert/rules", json=rule, headers=bearer(app))
    assert r.status_code == 201, r.text
    rule_id = r.json()["data"]["id"]
    secret = "whsec_" + "k" * 32
    async with receiver(204) as (port, received):
        app.settings.allow_webhook_ports.append(port)  # --allow-webhook-port
        channel = {
            "name": "Local alert sink",
            "config": {
                "type": "webhook",
                "url": f"https://127.0.0.1:{port}/hooks",
                "signing_secret": secret,
                "event_types": ["alert.triggered"],
            },
        }
        assert (
            await client.post("/v1/notification/channels", json=channel, headers=bearer(app))
        ).status_code == 201
        opened = await all_pages(client, "/v1/alert/alerts", bearer(app), status="triggered")
        assert not [a for a in opened if a["rule_id"] == rule_id]  # the clock has not moved yet
        await client.post("/_mock/clock", json={"advance_seconds": 3 * 3600})
        # The move alone ran the rule and delivered its webhook: nothing has read an alert since.
        pushed = [json.loads(body)["data"] for _, _, body in received]
        assert [d["rule_id"] for d in pushed if d["rule_id"] == rule_id] == [rule_id]
        window = {"start": _text(0)}
        fired = [
            a
            for a in await all_pages(client, "/v1/alert/alerts", bearer(app), **window)
            if a["rule_id"] == rule_id
        ]
    assert len(fired) == 1  # one open alert per rule until it is handled
    alert = fired[0]
    assert alert["status"] == "triggered"
    assert alert["triggered_at"] in (_text(1), _text(2), _text(3))  # when an hour's window closed
    assert amount(alert["observed_value"]) > 1
    closed = NOW + timedelta(hours=int(alert["triggered_at"][11:13]) - NOW.hour)
    # What was reported in the hour before the close happened in the 5 hours before it (4-hour buckets).
    window = {
        "start": (closed - timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": alert["triggered_at"],
    }
    r = await client.get("/v1/ai/spend/summary", params=window, headers=bearer(app))
    copilot = next(g for g in r.json()["data"]["by_application"] if g["key"] == "support-copilot")
    assert amount(alert["observed_value"]) <= amount(copilot["cost"])
    rules = (await client.get("/v1/alert/rules", headers=bearer(app))).json()["data"]
    assert next(r for r in rules if r["id"] == rule_id)["last_triggered_at"] == alert["triggered_at"]
    events = [json.loads(body) for _, _, body in received]
    sent = [e for e in events if e["type"] == "alert.triggered" and e["data"]["id"] == alert["id"]]
    assert len(sent) == 1
    headers, body = next((h, b) for _, h, b in received if json.loads(b)["data"]["id"] == alert["id"])
    t, v1 = (part.split("=", 1)[1] for part in headers["X-TensorCost-Signature"].split(","))
    assert hmac.compare_digest(
        v1, hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    )


async def test_a_triggered_alert_climbs_its_escalation_policy_as_the_clock_moves(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    policies = (await client.get("/v1/alert/escalation-policies", headers=bearer(app))).json()["data"]
    policy = next(p for p in policies if p["name"] == "FinOps on-call")
    delays = [level["escalation_delay_in_minutes"] for level in policy["escalation_rules"]]
    rule = {
        "name": "Bedrock spend of support-copilot, paged",
        "metric": "hourly_spend",
        "scope": {"source": "bedrock", "application": "support-copilot"},
        "condition": {
            "operator": "gt",
            "threshold": {"amount": "1.00", "currency": "USD"},
            "window_minutes": 60,
        },
        "severity": "error",
        "escalation_policy_id": policy["id"],
    }
    r = await client.post("/v1/alert/rules", json=rule, headers=bearer(app))
    rule_id = r.json()["data"]["id"]

    async def fired() -> list[dict[str, Any]]:
        alerts = await all_pages(client, "/v1/alert/alerts", bearer(app), start=_text(-1), end=_text(24))
        return [a for a in alerts if a["rule_id"] == rule_id]

    hours = 0
    while not await fired():  # hour by hour until a window's reported spend crosses the threshold
        hours += 1
        assert hours <= 4
        await client.post("/_mock/clock", json={"advance_seconds": 3600})
    [alert] = await fired()
    assert alert["triggered_at"] == _text(hours)  # opened as the window closed, paged right away
    levels = [alert["escalation_level"]]
    for minutes in delays[:2]:
        await client.post("/_mock/clock", json={"advance_seconds": minutes * 60})
        levels += [a["escalation_level"] for a in await fired()]
    assert levels == [1, 2, 3]
