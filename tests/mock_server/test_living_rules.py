"""Every measurable metric of an alert rule evaluates as the mock clock moves, and budgets send
``budget.threshold_crossed``: each alert opens at its window's close (an anomaly's, at its detection)
with the value the owning service's own endpoint shows for that window, and its webhook is delivered,
signed."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import httpx
import pytest
from mock_helpers import NOW, all_pages, amount, bearer, get, make_app, receiver
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio

SECRET = "whsec_" + "r" * 32
Received = list[tuple[str, dict[str, str], bytes]]


def _at(**delta: float) -> str:
    return (NOW + timedelta(**delta)).strftime("%Y-%m-%dT%H:%M:%SZ")


@asynccontextmanager
async def _sink(client: httpx.AsyncClient, app: MockApp) -> AsyncIterator[Received]:
    """A loopback webhook channel subscribed to alert.triggered and budget.threshold_crossed."""
    async with receiver(204) as (port, received):
        app.settings.allow_webhook_ports.append(port)
        channel = {
            "name": "Living rules sink",
            "config": {
                "type": "webhook",
                "url": f"https://127.0.0.1:{port}/hooks",
                "signing_secret": SECRET,
                "event_types": ["alert.triggered", "budget.threshold_crossed"],
            },
        }
        r = await client.post("/v1/notification/channels", json=channel, headers=bearer(app))
        assert r.status_code == 201, r.text
        yield received


def _signed(received: Received, event_type: str) -> list[dict[str, Any]]:
    """The events of a type the sink received, each checked against its signature."""
    out = []
    for _, headers, body in received:
        t, v1 = (part.split("=", 1)[1] for part in headers["X-TensorCost-Signature"].split(","))
        expected = hmac.new(SECRET.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(v1, expected)
        event = json.loads(body)
        if event["type"] == event_type:
            out.append(event["data"])
    return out


async def _rule(
    client: httpx.AsyncClient, app: MockApp, metric: str, scope: dict[str, Any], **condition: Any
) -> str:
    body = {
        "name": f"Living {metric} {sorted(scope.items())} {sorted(condition.items())}",
        "metric": metric,
        "scope": scope,
        "condition": {"window_minutes": 60, **condition},
        "severity": "warning",
    }
    r = await client.post("/v1/alert/rules", json=body, headers=bearer(app))
    assert r.status_code == 201, r.text
    return str(r.json()["data"]["id"])


async def _fired(client: httpx.AsyncClient, app: MockApp, rule_id: str) -> list[dict[str, Any]]:
    alerts = await all_pages(client, "/v1/alert/alerts", bearer(app), start=_at(hours=-1), end=_at(days=30))
    return [a for a in alerts if a["rule_id"] == rule_id]


async def _move(client: httpx.AsyncClient, **delta: float) -> None:
    r = await client.post("/_mock/clock", json={"advance_seconds": int(timedelta(**delta).total_seconds())})
    assert r.status_code == 200


async def _one_alert(
    client: httpx.AsyncClient, app: MockApp, received: Received, rule_id: str, closed: str
) -> dict[str, Any]:
    """The rule's one alert, opened at ``closed`` and pushed as a signed ``alert.triggered``."""
    [alert] = await _fired(client, app, rule_id)
    assert alert["triggered_at"] == closed
    assert alert["status"] == "triggered"
    pushed = [d for d in _signed(received, "alert.triggered") if d["rule_id"] == rule_id]
    assert [d["id"] for d in pushed] == [alert["id"]]
    return alert


async def test_gpu_utilisation_is_the_mean_of_the_metrics_samples_of_the_window(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    fleet = await get(client, app, "/v1/gpu/instances", state="running", limit=200)
    instance = sorted((i for i in fleet["data"] if i["agent_id"]), key=lambda i: i["id"])[0]
    rule_id = await _rule(
        client, app, "gpu_util_pct", {"instance_id": instance["id"]}, operator="lt", threshold=101
    )
    async with _sink(client, app) as received:
        assert await _fired(client, app, rule_id) == []
        await _move(client, hours=1)
        alert = await _one_alert(client, app, received, rule_id, _at(hours=1))
    samples = await all_pages(
        client, f"/v1/gpu/instances/{instance['id']}/metrics", bearer(app), hours=2, limit=500
    )
    window = [
        Decimal(str(s["gpu_util"]))
        for s in samples
        if _at() <= s["timestamp"] < _at(hours=1) and s["gpu_util"] is not None
    ]
    assert window
    mean = (sum(window, Decimal(0)) / len(window) * 100).quantize(Decimal("0.01"))
    assert Decimal(str(alert["observed_value"])) == mean
    assert alert["scope"]["instance_id"] == instance["id"]
    assert alert["type"] == "idle_gpu"
    assert alert["metric"] == "gpu_util_pct"


async def test_idle_hours_are_the_idle_report_at_the_close(client: httpx.AsyncClient, app: MockApp) -> None:
    idle = (await get(client, app, "/v1/gpu/instances/idle"))["data"]
    instance_id = idle[0]["instance"]["id"]
    rule_id = await _rule(
        client, app, "idle_gpu_hours", {"instance_id": instance_id}, operator="gte", threshold=1
    )
    async with _sink(client, app) as received:
        await _move(client, hours=1)
        alert = await _one_alert(client, app, received, rule_id, _at(hours=1))
    entry = next(
        e
        for e in (await get(client, app, "/v1/gpu/instances/idle"))["data"]
        if e["instance"]["id"] == instance_id
    )
    assert alert["observed_value"] == entry["idle_hours"] >= 1
    assert alert["cost_impact"] == entry["wasted_cost"]
    # One open alert per rule and instance: the next hours do not open another.
    await _move(client, hours=2)
    assert len(await _fired(client, app, rule_id)) == 1


@pytest.mark.parametrize("metric", ["token_rate", "request_rate"])
async def test_token_and_request_rates_are_the_traffic_of_the_window_per_minute(
    client: httpx.AsyncClient, app: MockApp, metric: str
) -> None:
    # The Anthropic API traffic is request-level: each request is seen as it happens.
    rule_id = await _rule(client, app, metric, {"source": "anthropic_api"}, operator="gt", threshold=0)
    async with _sink(client, app) as received:
        await _move(client, hours=1)
        alert = await _one_alert(client, app, received, rule_id, _at(hours=1))
    summary = (await get(client, app, "/v1/ai/spend/summary", start=_at(), end=_at(hours=1)))["data"]
    traffic = next(g for g in summary["by_source"] if g["key"] == "anthropic_api")
    count = sum(traffic["tokens"].values()) if metric == "token_rate" else traffic["requests"]
    assert count > 0
    assert Decimal(str(alert["observed_value"])) == (Decimal(count) / 60).quantize(Decimal("0.01"))


async def test_a_team_spend_rule_counts_its_gpu_hours_and_its_traffic(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    team = "ml-platform"
    rule_id = await _rule(
        client,
        app,
        "hourly_spend",
        {"team": team},
        operator="gt",
        threshold={"amount": "0.01", "currency": "USD"},
    )
    async with _sink(client, app) as received:
        await _move(client, hours=1)
        alert = await _one_alert(client, app, received, rule_id, _at(hours=1))
    by_team = (await get(client, app, "/v1/cost/by-tag", group_by="team", start=_at(), end=_at(hours=1)))[
        "data"
    ]
    row = next(g for g in by_team["items"] if g["value"] == team)
    gpu = (await get(client, app, "/v1/gpu/instances", state="running", limit=200))["data"]
    fleet_hour = sum((amount(i["hourly_cost"]) for i in gpu if i["tags"].get("team") == team), Decimal(0))
    assert fleet_hour > 0
    assert amount(alert["observed_value"]) == amount(row["effective_cost"]).quantize(Decimal("0.01"))
    assert amount(alert["observed_value"]) >= fleet_hour.quantize(Decimal("0.01"))


@pytest.mark.parametrize("metric", ["budget_burn_pct", "forecast_overrun"])
async def test_budget_rules_read_the_budget_as_its_endpoint_shows_it(
    client: httpx.AsyncClient, app: MockApp, metric: str
) -> None:
    budgets = (await get(client, app, "/v1/cost/budgets"))["data"]
    budget = next(b for b in budgets if b["name"] == "ML platform training")
    before = budget["burn_rate"]["pct_budget_consumed"]
    # Burn: crossed only if the hour's GPU time raises consumption; forecast: any overrun at all.
    threshold = before if metric == "budget_burn_pct" else -100
    rule_id = await _rule(
        client, app, metric, {"budget_id": budget["id"]}, operator="gt", threshold=threshold
    )
    async with _sink(client, app) as received:
        await _move(client, hours=1)
        alert = await _one_alert(client, app, received, rule_id, _at(hours=1))
    now = next(b for b in (await get(client, app, "/v1/cost/budgets"))["data"] if b["id"] == budget["id"])
    if metric == "budget_burn_pct":
        assert alert["observed_value"] == now["burn_rate"]["pct_budget_consumed"] > before
    else:
        limit, forecast = amount(now["limit"]), amount(now["forecasted_spend"])
        overrun = ((forecast - limit) / limit * 100).quantize(Decimal("0.01"))
        assert Decimal(str(alert["observed_value"])) == overrun


async def test_a_budget_crossing_a_threshold_sends_one_webhook_per_threshold_and_period(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    async def thresholds() -> dict[tuple[str, int], dict[str, Any]]:
        budgets = (await get(client, app, "/v1/cost/budgets"))["data"]
        return {(b["id"], i): {**t, "budget": b} for b in budgets for i, t in enumerate(b["thresholds"])}

    before = await thresholds()
    async with _sink(client, app) as received:
        await _move(client, hours=24)
        after = await thresholds()
        crossed = [k for k, t in after.items() if t["crossed_at"] and not before[k]["crossed_at"]]
        assert crossed  # the fleet's day of GPU hours crosses a threshold
        sent = _signed(received, "budget.threshold_crossed")
        assert sorted((d["budget_id"], d["threshold"]["threshold"]) for d in sent) == sorted(
            (k[0], after[k]["threshold"]) for k in crossed
        )
        for data in sent:
            budget = next(t["budget"] for k, t in after.items() if k[0] == data["budget_id"])
            assert data["budget_name"] == budget["name"]
            assert data["actual_spend"] == budget["actual_spend"]
            assert data["forecasted_spend"] == budget["forecasted_spend"]
            assert data["pct_budget_consumed"] == budget["burn_rate"]["pct_budget_consumed"]
            assert data["period"] == budget["current_period"]
            assert data["threshold"]["crossed_at"] == _at(hours=24)
        await _move(client, hours=24)  # still crossed, same period: not sent again
        again = _signed(received, "budget.threshold_crossed")
    assert [d["budget_id"] for d in again][: len(sent)] == [d["budget_id"] for d in sent]
    assert not {(d["budget_id"], json.dumps(d["threshold"]["threshold"])) for d in again[len(sent) :]} & {
        (d["budget_id"], json.dumps(d["threshold"]["threshold"])) for d in sent
    }


async def test_a_seeded_fleet_rule_alerts_exactly_the_instances_whose_samples_cross_it(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    rules = (await get(client, app, "/v1/alert/rules"))["data"]
    rule = next(r for r in rules if r["metric"] == "gpu_util_pct" and r["enabled"])
    assert rule["condition"]["operator"] == "lt"
    threshold = Decimal(str(rule["condition"]["threshold"]))
    already = {
        a["scope"]["instance_id"] for a in await _fired(client, app, rule["id"]) if a["status"] == "triggered"
    }
    await _move(client, hours=1)
    fleet = (await get(client, app, "/v1/gpu/instances", limit=200))["data"]
    expected: dict[str, Decimal] = {}
    for instance in fleet:
        if instance["tags"].get("team") != rule["scope"]["team"] or instance["id"] in already:
            continue
        samples = await all_pages(
            client, f"/v1/gpu/instances/{instance['id']}/metrics", bearer(app), hours=2, limit=500
        )
        window = [
            Decimal(str(s["gpu_util"]))
            for s in samples
            if _at() <= s["timestamp"] < _at(hours=1) and s["gpu_util"] is not None
        ]
        if window:
            mean = (sum(window, Decimal(0)) / len(window) * 100).quantize(Decimal("0.01"))
            if mean < threshold:
                expected[instance["id"]] = mean
    opened = [a for a in await _fired(client, app, rule["id"]) if a["triggered_at"] == _at(hours=1)]
    assert {a["scope"]["instance_id"]: Decimal(str(a["observed_value"])) for a in opened} == expected
    assert expected  # the world has instances below the threshold in that hour


async def test_a_move_across_a_period_end_still_sends_the_crossings_of_the_period_left_behind(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    step = await _crossings_by_steps(client, app, days=6)
    other = make_app()
    transport = httpx.ASGITransport(app=other)
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://mock") as jumper,
        _sink(jumper, other) as received,
    ):
        await _move(jumper, days=6)  # 2026-11-26T12:00 -> 2026-12-02T12:00 in one move
        jumped = _signed(received, "budget.threshold_crossed")
    assert other.violations == []
    november = {
        (d["budget_id"], json.dumps(d["threshold"]["threshold"]))
        for d in jumped
        if d["period"]["start"] == "2026-11-01T00:00:00Z"
    }
    assert november  # crossed in the last days of November, sent although the move ended in December
    assert november == {k for k, period in step if period == "2026-11-01T00:00:00Z"}


async def _crossings_by_steps(
    client: httpx.AsyncClient, app: MockApp, days: int
) -> set[tuple[tuple[str, str], str]]:
    """The thresholds crossed moving ``days`` a day at a time, with the start of their period."""
    async with _sink(client, app) as received:
        for _ in range(days):
            await _move(client, days=1)
        sent = _signed(received, "budget.threshold_crossed")
    return {((d["budget_id"], json.dumps(d["threshold"]["threshold"])), d["period"]["start"]) for d in sent}


def _score(anomaly: dict[str, Any]) -> Decimal:
    """An anomaly's score as ``GET /v1/ai/anomalies`` shows it: the share of its window's cost or
    request rate above the baseline, whichever is larger."""
    signals = anomaly["signals"]
    pairs = [
        (amount(anomaly["baseline_cost"]), amount(anomaly["observed_cost"])),
        (Decimal(str(signals["baseline_requests_per_minute"])), Decimal(str(signals["requests_per_minute"]))),
    ]
    score = max(1 - base / seen for base, seen in pairs if seen > 0)
    return min(max(score, Decimal(0)), Decimal(1)).quantize(Decimal("0.01"), ROUND_HALF_UP)


SCOPE_FIELDS = ("source", "team", "application", "model_id")


async def test_an_anomaly_score_rule_fires_for_each_live_anomaly_in_its_scope_at_its_detection(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    everything = await _rule(client, app, "anomaly_score", {}, operator="gte", threshold=0)
    never = await _rule(client, app, "anomaly_score", {}, operator="gt", threshold=1)
    async with _sink(client, app) as received:
        await _move(client, days=6)
        pushed = [d for d in _signed(received, "alert.triggered") if d["rule_id"] == everything]
    anomalies = await all_pages(client, "/v1/ai/anomalies", bearer(app), start=_at(), limit=200)
    live = sorted(
        (a for a in anomalies if a["detected_at"] > _at()), key=lambda a: (a["detected_at"], a["id"])
    )
    assert live
    # One open alert per rule and scope: the first anomaly detected in each scope opens it.
    first: dict[tuple[Any, ...], dict[str, Any]] = {}
    for a in live:
        first.setdefault(tuple(a["scope"][k] for k in SCOPE_FIELDS), a)
    alerts = await _fired(client, app, everything)
    assert len(first) > 1
    assert len(alerts) == len(first)
    by_anomaly = {a["custom_details"]["anomaly_id"]: a for a in alerts}
    assert set(by_anomaly) == {a["id"] for a in first.values()}
    for anomaly in first.values():
        alert = by_anomaly[anomaly["id"]]
        assert alert["triggered_at"] == anomaly["detected_at"]
        assert Decimal(str(alert["observed_value"])) == _score(anomaly)
        assert 0 <= alert["observed_value"] <= 1
        assert alert["type"] == "cost_anomaly"
        assert alert["metric"] == "anomaly_score"
        assert alert["cost_impact"] == anomaly["excess_cost"]
        assert {k: alert["scope"].get(k) for k in SCOPE_FIELDS} == {
            k: anomaly["scope"][k] for k in SCOPE_FIELDS
        }
    assert sorted(d["id"] for d in pushed) == sorted(a["id"] for a in alerts)
    assert await _fired(client, app, never) == []


async def test_an_anomaly_score_rule_only_sees_anomalies_of_its_scope(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    by_team = (await get(client, app, "/v1/cost/by-tag", group_by="team", start=_at(days=-7), end=_at()))[
        "data"
    ]
    teams = [i["value"] for i in by_team["items"] if i["value"] != "__unallocated__"]
    rules = {
        team: await _rule(client, app, "anomaly_score", {"team": team}, operator="gte", threshold=0)
        for team in teams
    }
    await _move(client, days=6)
    anomalies = await all_pages(client, "/v1/ai/anomalies", bearer(app), start=_at(), limit=200)
    live = sorted(
        (a for a in anomalies if a["detected_at"] > _at()), key=lambda a: (a["detected_at"], a["id"])
    )
    fired = {team: await _fired(client, app, rule_id) for team, rule_id in rules.items()}
    for team, alerts in fired.items():
        first: dict[tuple[Any, ...], str] = {}
        for a in live:
            if a["scope"]["team"] == team:
                first.setdefault(tuple(a["scope"][k] for k in SCOPE_FIELDS), a["id"])
        assert sorted(a["custom_details"]["anomaly_id"] for a in alerts) == sorted(first.values())
        assert all(a["scope"]["team"] == team for a in alerts)
    assert any(fired.values())  # some teams had anomalies in those days
    assert not all(fired.values())  # and some did not


@pytest.mark.parametrize(
    ("budget_name", "path", "params", "pick"),
    [
        ("All AI and GPU spend", "/v1/cost/summary", {}, lambda body: body["effective_cost"]),
        (
            "GPU fleet",
            "/v1/cost/by-source",
            {},
            lambda body: next(i["effective_cost"] for i in body["items"] if i["source"] == "gpu_agent"),
        ),
        (
            "ML platform training",
            "/v1/cost/by-tag",
            {"group_by": "team"},
            lambda body: next(i["by_workload"]["gpu"] for i in body["items"] if i["value"] == "ml-platform"),
        ),
    ],
)
async def test_a_budget_scoped_spend_rule_reads_the_cost_records_of_the_budgets_scope(
    client: httpx.AsyncClient,
    app: MockApp,
    budget_name: str,
    path: str,
    params: dict[str, str],
    pick: Any,
) -> None:
    budgets = (await get(client, app, "/v1/cost/budgets"))["data"]
    budget = next(b for b in budgets if b["name"] == budget_name)
    rule_id = await _rule(
        client,
        app,
        "hourly_spend",
        {"budget_id": budget["id"]},
        operator="gt",
        threshold={"amount": "0.01", "currency": "USD"},
    )
    async with _sink(client, app) as received:
        await _move(client, hours=1)
        alert = await _one_alert(client, app, received, rule_id, _at(hours=1))
    body = (await get(client, app, path, start=_at(), end=_at(hours=1), **params))["data"]
    shown = amount(pick(body))
    assert shown > 0
    assert amount(alert["observed_value"]) == shown.quantize(Decimal("0.01"))
    assert alert["scope"]["budget_id"] == budget["id"]
    assert budget_name in alert["summary"]


async def _rule_alerts_after(moves: list[int], seed: int = 42) -> bytes:
    """The alerts of an anomaly rule and a budget-scoped spend rule made at NOW, after ``moves``."""
    app = make_app(seed=seed)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as client:
        budget = (await get(client, app, "/v1/cost/budgets"))["data"][0]
        money = {"amount": "100", "currency": "USD"}
        ids = [
            await _rule(client, app, "anomaly_score", {}, operator="gte", threshold=0.5),
            await _rule(
                client, app, "hourly_spend", {"budget_id": budget["id"]}, operator="gt", threshold=money
            ),
        ]
        for seconds in moves:
            await _move(client, seconds=seconds)
        alerts = await _fired(client, app, ids[0]) + await _fired(client, app, ids[1])
    assert app.violations == []
    assert {a["rule_id"] for a in alerts} == set(ids)
    return json.dumps([{k: v for k, v in a.items() if k != "rule_id"} for a in alerts]).encode()


async def test_the_same_seed_and_clock_moves_give_the_same_rule_alerts() -> None:
    jump = await _rule_alerts_after([3 * 86400])
    assert jump == await _rule_alerts_after([3 * 86400])
    steps = [3600, 5 * 3600 + 17, 86400]
    assert jump == await _rule_alerts_after([*steps, 3 * 86400 - sum(steps)])
