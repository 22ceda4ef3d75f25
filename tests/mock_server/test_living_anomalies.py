"""AI anomalies open as the clock moves: detected on the traffic of each closed window, the same for
the same seed and clock moves, and sent as signed ``anomaly.detected`` webhooks."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import httpx
import pytest
from mock_helpers import NIMBUS, NOW, all_pages, amount, bearer, make_app, receiver
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio

DAYS = 3
EPOCH = NOW.strftime("%Y-%m-%dT%H:%M:%SZ")
EVER = {"start": "2025-01-01T00:00:00Z", "limit": 200}
#: What ``GET /v1/ai/spend`` filters on; the rest of a scope is picked from the events' attribution.
SPEND_FILTERS = ("source", "model_id", "application", "team")


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _text(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), ROUND_HALF_UP)


def _headers(app: MockApp, tenant: str | None = None) -> dict[str, str]:
    """The seeded admin's headers (a fresh token: they expire on the mock clock), in ``tenant`` if given."""
    return bearer(app) | ({"X-Active-Tenant-Id": tenant} if tenant else {})


async def _live(client: httpx.AsyncClient, app: MockApp, tenant: str | None = None) -> list[dict[str, Any]]:
    """The anomalies detected after the seeding, as listed."""
    anomalies = await all_pages(client, "/v1/ai/anomalies", _headers(app, tenant), **EVER)
    return [a for a in anomalies if a["window"]["start"] >= EPOCH]


async def _scope_events(
    client: httpx.AsyncClient, headers: dict[str, str], scope: dict[str, str | None], start: str, end: str
) -> list[dict[str, Any]]:
    """The inference events of ``[start, end)`` in the anomaly's scope (its null fields: any value)."""
    filters = {k: scope[k] for k in SPEND_FILTERS if scope[k] is not None}
    events = await all_pages(client, "/v1/ai/spend", headers, start=start, end=end, limit=200, **filters)
    return [
        e for e in events if all(scope[k] in (None, e["attribution"][k]) for k in ("agent_id", "workflow_id"))
    ]


async def test_anomalies_open_as_the_clock_moves_and_are_sent_signed(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    seeded = await all_pages(client, "/v1/ai/anomalies", bearer(app), **EVER)
    assert seeded
    history = {"start": _text(NOW - timedelta(days=35)), "end": EPOCH}
    seeded_spend = await client.get("/v1/ai/spend/summary", params=history, headers=bearer(app))
    assert not await _live(client, app)  # nothing has happened since the seeding yet
    secret = "whsec_" + "a" * 32
    async with receiver(204) as (port, received):
        app.settings.allow_webhook_ports.append(port)  # --allow-webhook-port
        channel = {
            "name": "Local anomaly sink",
            "config": {
                "type": "webhook",
                "url": f"https://127.0.0.1:{port}/hooks",
                "signing_secret": secret,
                "event_types": ["anomaly.detected"],
            },
        }
        r = await client.post("/v1/notification/channels", json=channel, headers=bearer(app))
        assert r.status_code == 201, r.text
        r = await client.post("/_mock/clock", json={"advance_seconds": DAYS * 86400})
        assert r.status_code == 200
        # The move alone detected them and delivered the webhooks: nothing has read an anomaly since.
        pushed = [json.loads(body) for _, _, body in received]
        live = await _live(client, app)
    assert live
    after = await all_pages(client, "/v1/ai/anomalies", bearer(app), **EVER)
    assert after == live + seeded  # newest first; the seeded history is kept as it was
    r = await client.get("/v1/ai/spend/summary", params=history, headers=bearer(app))
    assert r.content == seeded_spend.content  # the bursts came after the seeding
    assert [a["detected_at"] for a in after] == sorted((a["detected_at"] for a in after), reverse=True)
    for a in live:
        assert a["status"] == "open"
        assert (a["acknowledged_at"], a["resolved_at"], a["alert_id"]) == (None, None, None)
        assert a["id"].startswith("anm_")
        assert EPOCH <= a["window"]["start"] < a["window"]["end"] < a["detected_at"]
        assert a["detected_at"] <= _text(NOW + timedelta(days=DAYS))
    assert {a["type"] for a in live} <= {"runaway_loop", "cost_spike", "retry_storm"}
    # One anomaly.detected per anomaly, carrying its numbers, each signed with the channel's secret.
    assert all(e["type"] == "anomaly.detected" for e in pushed)
    assert sorted(e["data"]["id"] for e in pushed) == sorted(a["id"] for a in live)
    by_id = {a["id"]: a for a in live}
    for event in pushed:
        data, anomaly = event["data"], by_id[event["data"]["id"]]
        for field in (
            "type",
            "severity",
            "window",
            "baseline_cost",
            "observed_cost",
            "excess_cost",
            "detected_at",
        ):
            assert data[field] == anomaly[field], field
        assert data["scope"] == {k: v for k, v in anomaly["scope"].items() if v is not None}
        assert data["signals"]["requests_per_minute"] == anomaly["signals"]["requests_per_minute"]
    for _, headers, body in received:
        t, v1 = (part.split("=", 1)[1] for part in headers["X-TensorCost-Signature"].split(","))
        assert hmac.compare_digest(
            v1, hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
        )


@pytest.mark.parametrize("tenant", [None, NIMBUS])
async def test_a_live_anomaly_is_the_traffic_of_its_window_and_scope(
    client: httpx.AsyncClient, app: MockApp, tenant: str | None
) -> None:
    await client.post("/_mock/clock", json={"advance_seconds": 4 * 86400})
    live = await _live(client, app, tenant)
    assert live
    headers = _headers(app, tenant)  # the reads below act in the anomaly's tenant
    for a in live:
        scope, window = a["scope"], a["window"]
        events = await _scope_events(client, headers, scope, window["start"], window["end"])
        assert events, a["id"]
        cost = sum((amount(e["cost"]) for e in events), Decimal(0))
        requests = sum(e["requests"] for e in events)
        minutes = (_time(window["end"]) - _time(window["start"])) // timedelta(minutes=1)
        assert amount(a["observed_cost"]) == _cents(cost), a["id"]
        assert amount(a["excess_cost"]) == amount(a["observed_cost"]) - amount(a["baseline_cost"])
        assert amount(a["observed_cost"]) > amount(a["baseline_cost"])
        signals = a["signals"]
        assert signals["requests_per_minute"] == round(requests / minutes, 1), a["id"]
        throttled = sum(e["requests"] for e in events if e["status"] == "throttled")
        failed = sum(e["requests"] for e in events if e["status"] == "error")
        assert signals["throttle_rate"] == round(throttled / requests, 3)
        assert signals["error_rate"] == round(failed / requests, 3)
        # The baseline is the same window on the 7 days before.
        before = []
        for k in range(1, 8):
            shift = timedelta(days=k)
            day = await _scope_events(
                client,
                headers,
                scope,
                _text(_time(window["start"]) - shift),
                _text(_time(window["end"]) - shift),
            )
            before.append(sum((amount(e["cost"]) for e in day), Decimal(0)))
        assert abs(amount(a["baseline_cost"]) - sum(before) / 7) <= Decimal("0.01"), a["id"]
        # The agent, workflow, application and model it names resolve in the same window.
        for kind, key in (("agents", "agent_id"), ("workflows", "workflow_id")):
            if scope[key]:
                r = await client.get(f"/v1/ai/{kind}/{scope[key]}/cost", params=window, headers=headers)
                assert r.status_code == 200, r.text
                assert amount(r.json()["data"]["cost"]) >= cost  # the scope is a part of it
        r = await client.get("/v1/ai/spend/summary", params=window, headers=headers)
        summary = r.json()["data"]
        assert scope["model_id"] in {g["key"] for g in summary["by_model"]}
        if scope["application"]:
            assert scope["application"] in {g["key"] for g in summary["by_application"]}


async def _anomalies_after(moves: list[int], seed: int = 42) -> bytes:
    app = make_app(seed=seed)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as client:
        for seconds in moves:
            r = await client.post("/_mock/clock", json={"advance_seconds": seconds})
            assert r.status_code == 200
        r = await client.get("/v1/ai/anomalies", params=EVER, headers=bearer(app))
        assert r.status_code == 200
    assert app.violations == []
    return r.content


async def test_the_same_seed_and_clock_moves_give_the_same_anomalies_byte_for_byte() -> None:
    one_jump = await _anomalies_after([DAYS * 86400])
    assert one_jump == await _anomalies_after([DAYS * 86400])
    # Windows are judged once they close, whatever the steps the clock took to get there.
    steps = [3600, 5 * 3600 + 17, 86400, 0]
    assert one_jump == await _anomalies_after([*steps, DAYS * 86400 - sum(steps)])
    assert one_jump != await _anomalies_after([DAYS * 86400], seed=7)


async def test_moving_the_clock_again_to_the_same_time_opens_nothing_more(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    await client.post("/_mock/clock", json={"advance_seconds": DAYS * 86400})
    first = await _live(client, app)
    now = (await client.get("/_mock/clock")).json()
    await client.post("/_mock/clock", json={"advance_seconds": 0})
    await client.post("/_mock/clock", json={"now": now["now"]})
    assert await _live(client, app) == first
