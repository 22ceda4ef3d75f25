"""ai: inference events and the aggregates, recommendations and anomalies computed from them."""

from __future__ import annotations

from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import httpx
import pytest
from mock_helpers import NIMBUS, amount, bearer, get, make_app
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio

EVERYTHING = {"start": "2026-10-01T00:00:00Z", "end": "2026-11-27T00:00:00Z"}
NOVEMBER = {"start": "2026-11-01T00:00:00Z", "end": "2026-11-26T12:00:00Z"}
SOURCES = {"bedrock", "azure_openai", "vertex", "openai_api", "anthropic_api", "gpu_agent"}
TOKENS = ("input_tokens", "cache_read_input_tokens", "cache_write_input_tokens", "output_tokens")


async def events(
    client: httpx.AsyncClient, app: MockApp, tenant: str | None = None, **params: Any
) -> list[dict]:
    """Every event of a filtered list, following next_cursor to the end."""
    out: list[dict] = []
    cursor = None
    while True:
        page = await get(
            client, app, "/v1/ai/spend", tenant, limit=500, **params, **({"cursor": cursor} if cursor else {})
        )
        assert page["count"] == len(page["data"])
        out += page["data"]
        cursor = page["next_cursor"]
        if cursor is None:
            return out


def totals(evs: list[dict]) -> tuple[Decimal, int, dict[str, int]]:
    tokens = {k: sum(e["usage"][k] for e in evs) for k in TOKENS}
    return sum((amount(e["cost"]) for e in evs), Decimal(0)), sum(e["requests"] for e in evs), tokens


async def test_thousands_of_events_from_six_sources(client: httpx.AsyncClient, app: MockApp) -> None:
    for tenant in (None, NIMBUS):
        evs = await events(client, app, tenant, **EVERYTHING)
        assert len(evs) >= 3000
        assert len({e["id"] for e in evs}) == len(evs)
        times = [e["occurred_at"] for e in evs]
        assert times == sorted(times, reverse=True)  # newest first
        assert times[-1] < "2026-10-23T00:00:00Z"  # about 35 days of history
        assert times[0] < "2026-11-26T12:00:00Z"  # nothing after the mock clock
        assert {e["source"] for e in evs} == SOURCES
        assert len({e["model_id"] for e in evs}) >= 10
        assert len({e["attribution"]["application"] for e in evs}) >= 8
        assert {"success", "error", "throttled"} <= {e["status"] for e in evs}
        # Request-level events carry a latency; aggregated usage records (requests > 1) do not.
        assert sum(e["latency_ms"] is not None for e in evs) >= 1500
        assert all(e["latency_ms"] is None for e in evs if e["requests"] > 1)


async def test_filters_match_the_event_list(client: httpx.AsyncClient, app: MockApp) -> None:
    evs = await events(client, app, **NOVEMBER)
    cases: list[tuple[dict[str, str], Any]] = [
        ({"source": "bedrock"}, lambda e: e["source"] == "bedrock"),
        ({"model_id": "gpt-4.1-mini-2025-04-14"}, lambda e: e["model_id"] == "gpt-4.1-mini-2025-04-14"),
        ({"application": "support-copilot"}, lambda e: e["attribution"]["application"] == "support-copilot"),
        ({"team": "legal-ops"}, lambda e: e["attribution"]["team"] == "legal-ops"),
        ({"application": "__unallocated__"}, lambda e: e["attribution"]["application"] is None),
        (
            {"source": "anthropic_api", "team": "developer-productivity"},
            lambda e: e["source"] == "anthropic_api" and e["attribution"]["team"] == "developer-productivity",
        ),
    ]
    for params, keep in cases:
        got = await events(client, app, **NOVEMBER, **params)
        assert got == [e for e in evs if keep(e)], params
        assert 0 < len(got) < len(evs), params
    week = await events(client, app, start="2026-11-10T00:00:00Z", end="2026-11-17T00:00:00Z")
    assert week == [e for e in evs if "2026-11-10" <= e["occurred_at"] < "2026-11-17"]


async def test_default_window_is_the_month_to_now(client: httpx.AsyncClient, app: MockApp) -> None:
    page = await get(client, app, "/v1/ai/spend", limit=500)
    assert page["data"] == (await get(client, app, "/v1/ai/spend", limit=500, **NOVEMBER))["data"]
    r = await client.get("/v1/ai/spend/summary", params={"start": "2026-11-20T00:00:00Z", "end": "2026-11-10T00:00:00Z"},
                         headers=bearer(app))  # fmt: skip
    assert r.status_code == 400
    assert r.json()["details"][0]["field"] == "end"


async def test_summary_adds_up_and_equals_the_events(client: httpx.AsyncClient, app: MockApp) -> None:
    summary = (await get(client, app, "/v1/ai/spend/summary", **NOVEMBER))["data"]
    assert summary["window"] == NOVEMBER
    cost, requests, tokens = totals(await events(client, app, **NOVEMBER))
    assert amount(summary["cost"]) == cost
    assert summary["requests"] == requests
    assert summary["tokens"] == tokens
    for key in ("by_source", "by_model", "by_application", "by_team"):
        groups = summary[key]
        assert sum((amount(g["cost"]) for g in groups), Decimal(0)) == cost, key
        assert sum(g["requests"] for g in groups) == requests, key
        assert {k: sum(g["tokens"][k] for g in groups) for k in TOKENS} == tokens, key
        costs = [amount(g["cost"]) for g in groups]
        assert costs == sorted(costs, reverse=True), key
    assert {g["key"] for g in summary["by_source"]} == SOURCES
    assert "__unallocated__" in {g["key"] for g in summary["by_application"]}
    legal = await events(client, app, **NOVEMBER, team="legal-ops")
    assert next(amount(g["cost"]) for g in summary["by_team"] if g["key"] == "legal-ops") == totals(legal)[0]


async def test_unit_economics_come_from_the_events(client: httpx.AsyncClient, app: MockApp) -> None:
    report = (await get(client, app, "/v1/ai/unit-economics", **NOVEMBER))["data"]
    summary = (await get(client, app, "/v1/ai/spend/summary", **NOVEMBER))["data"]
    assert report["overall"]["cost"] == summary["cost"]
    rows = {(r["model_id"], r["source"]): r for r in report["by_model"]}
    # Output prices are the list prices (USD per 1K output tokens); embeddings have no output.
    assert amount(
        rows["us.anthropic.claude-sonnet-4-5-20250929-v1:0", "bedrock"]["cost_per_1k_output_tokens"]
    ) == Decimal("0.015")
    assert amount(rows["gpt-4.1-mini-2025-04-14", "openai_api"]["cost_per_1k_output_tokens"]) == Decimal(
        "0.0016"
    )
    assert amount(rows["text-embedding-3-small", "openai_api"]["cost_per_1k_output_tokens"]) == 0
    for (model, source), row in rows.items():
        evs = await events(client, app, **NOVEMBER, model_id=model, source=source)
        cost, requests, tokens = totals(evs)
        prompt = (
            tokens["input_tokens"] + tokens["cache_read_input_tokens"] + tokens["cache_write_input_tokens"]
        )
        assert amount(row["cost"]) == cost
        assert row["requests"] == requests
        assert amount(row["cost_per_request"]) == (cost / requests).quantize(Decimal("0.000001"))
        assert row["cache_hit_rate"] == round(tokens["cache_read_input_tokens"] / prompt, 4)
    # Caching lowers the blended input price of cached Sonnet traffic far below its 0.003 list price.
    assert amount(
        rows["us.anthropic.claude-sonnet-4-5-20250929-v1:0", "bedrock"]["cost_per_1k_input_tokens"]
    ) < Decimal("0.0015")


async def test_agent_and_workflow_cost_are_their_events(client: httpx.AsyncClient, app: MockApp) -> None:
    evs = await events(client, app, **NOVEMBER)
    for kind, key, scope_id in (
        ("agents", "agent_id", "agt_4Tq8Nz2Lc6Vb"),
        ("workflows", "workflow_id", "wf_6Gm3Rk9Tx2Hs"),
    ):
        data = (await get(client, app, f"/v1/ai/{kind}/{scope_id}/cost", **NOVEMBER))["data"]
        mine = [e for e in evs if e["attribution"][key] == scope_id]
        cost, requests, tokens = totals(mine)
        assert (data["scope_type"], data["scope_id"]) == (kind[:-1], scope_id)
        assert (amount(data["cost"]), data["requests"], data["tokens"]) == (cost, requests, tokens)
        assert sum((amount(g["cost"]) for g in data["by_model"]), Decimal(0)) == cost
        assert {g["key"] for g in data["by_model"]} == {e["model_id"] for e in mine}
        assert len(data["by_model"]) >= 2
    quiet = (await get(client, app, "/v1/ai/agents/agt_4Tq8Nz2Lc6Vb/cost", start="2026-01-01T00:00:00Z",
                       end="2026-02-01T00:00:00Z"))["data"]  # fmt: skip
    assert (quiet["cost"]["amount"], quiet["requests"], quiet["by_model"]) == ("0.00", 0, [])


async def test_unknown_and_other_tenants_ids_are_404(client: httpx.AsyncClient, app: MockApp) -> None:
    nimbus = bearer(app) | {"X-Active-Tenant-Id": NIMBUS}
    for path, headers in (
        ("/v1/ai/agents/agt_0000000000/cost", bearer(app)),
        ("/v1/ai/workflows/wf_0000000000/cost", bearer(app)),
        ("/v1/ai/agents/agt_4Tq8Nz2Lc6Vb/cost", nimbus),
        ("/v1/ai/workflows/wf_6Gm3Rk9Tx2Hs/cost", nimbus),
    ):
        r = await client.get(path, headers=headers)
        assert r.status_code == 404, path
        assert r.json()["code"] == "NOT_FOUND"
    r = await client.get("/v1/ai/agents/agt_5Lx9Qa2Wn7Jd/cost", headers=nimbus)
    assert r.status_code == 200


async def test_anomalies_filter_and_show_in_the_events(client: httpx.AsyncClient, app: MockApp) -> None:
    anomalies = (await get(client, app, "/v1/ai/anomalies"))["data"]
    assert {a["type"] for a in anomalies} == {"runaway_loop", "cost_spike", "retry_storm"}
    assert {a["status"] for a in anomalies} == {"open", "acknowledged", "resolved"}
    assert [a["detected_at"] for a in anomalies] == sorted(
        (a["detected_at"] for a in anomalies), reverse=True
    )
    for params in ({"type": "cost_spike"}, {"severity": "critical"}, {"status": "resolved"},
                   {"type": "runaway_loop", "status": "open"}):  # fmt: skip
        got = (await get(client, app, "/v1/ai/anomalies", **params))["data"]
        assert got == [a for a in anomalies if all(a[k] == v for k, v in params.items())], params
        assert got, params
    for a in anomalies:
        assert amount(a["excess_cost"]) == amount(a["observed_cost"]) - amount(a["baseline_cost"])
        assert amount(a["observed_cost"]) > amount(a["baseline_cost"])
        assert (a["acknowledged_at"] is not None) == (a["status"] != "open")
        assert (a["resolved_at"] is not None) == (a["status"] == "resolved")
    loop = next(a for a in anomalies if a["id"] == "anm_7Rc2Lx9Wq4Bn")
    scope = loop["scope"]
    burst = [
        e
        for e in await events(
            client, app, **loop["window"], source=scope["source"], model_id=scope["model_id"]
        )
        if e["attribution"]["agent_id"] == scope["agent_id"]
    ]
    minutes = 35
    assert sum(e["requests"] for e in burst) == pytest.approx(
        loop["signals"]["requests_per_minute"] * minutes, rel=0.1
    )
    assert totals(burst)[0] == pytest.approx(amount(loop["observed_cost"]), rel=Decimal("0.1"))


async def test_recommendations_are_consistent(client: httpx.AsyncClient, app: MockApp) -> None:
    for tenant in (None, NIMBUS):
        routing = (await get(client, app, "/v1/ai/recommenders/routing", tenant))["data"]
        cache = (await get(client, app, "/v1/ai/recommenders/cache", tenant))["data"]
        provisioned = (await get(client, app, "/v1/ai/recommenders/provisioned-throughput", tenant))["data"]
        assert routing
        assert cache
        assert provisioned
        for rec in routing + cache:
            assert amount(rec["estimated_monthly_savings"]) == amount(rec["current_monthly_cost"]) - amount(
                rec["projected_monthly_cost"]
            )
            assert amount(rec["estimated_monthly_savings"]) > 0
        for rec in routing:
            assert rec["recommended_model_id"] != rec["current_model_id"]
            assert 0 < rec["traffic_share"] <= 1
        for rec in cache:
            expected = {"5m": (1.25, 1), "1h": (2, 2)}[rec["recommended_cache_ttl"]]
            assert (rec["cache_write_multiplier"], rec["break_even_reuses"]) == expected
            assert rec["current_cache_ttl"] != rec["recommended_cache_ttl"]
        for rec in provisioned:
            saving = amount(rec["on_demand_monthly_cost"]) - amount(rec["provisioned_monthly_cost"])
            assert amount(rec["estimated_monthly_savings"]) == saving
            assert (rec["verdict"] == "provision") == (saving > 0)
            if rec["throughput_unit"] == "azure_ptu":
                assert rec["recommended_units"] >= 15
                assert rec["recommended_units"] % 5 == 0
        savings = [amount(r["estimated_monthly_savings"]) for r in provisioned]
        assert savings == sorted(savings, reverse=True)
    # The routing recommendation's cost is the last 30 days of that traffic (to the run's midnight).
    rec = next(r for r in routing if r["current_model_id"].startswith("us.anthropic.claude-sonnet"))
    window = rec["analysis_window"]
    traffic = await events(client, app, NIMBUS, **window, source=rec["source"], model_id=rec["current_model_id"],
                           application=rec["application"])  # fmt: skip
    assert sum(e["requests"] for e in traffic) == rec["requests_analyzed"]
    assert totals(traffic)[0].quantize(Decimal("0.01"), ROUND_HALF_UP) == amount(rec["current_monthly_cost"])


async def test_viewer_reads_spend(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.get("/v1/ai/spend/summary", headers=bearer(app, "sam.okafor@acme-ai.com"))
    assert r.status_code == 200
    assert amount(r.json()["data"]["cost"]) > 1000


async def test_same_seed_same_spend() -> None:
    async def spend(seed: int) -> list[Any]:
        app = make_app(seed=seed)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as c:
            out = []
            for path in (
                "/v1/ai/spend",
                "/v1/ai/spend/summary",
                "/v1/ai/anomalies",
                "/v1/ai/recommenders/routing",
            ):
                out.append((await c.get(path, headers=bearer(app))).json()["data"])
            return out

    assert await spend(1) == await spend(1)
    assert await spend(1) != await spend(2)


async def test_events_per_day_follow_the_week(client: httpx.AsyncClient, app: MockApp) -> None:
    evs = await events(client, app, start="2026-11-02T00:00:00Z", end="2026-11-16T00:00:00Z")
    per_day: dict[str, int] = defaultdict(int)
    for e in evs:
        per_day[e["occurred_at"][:10]] += e["requests"]
    weekdays = [per_day[d] for d in ("2026-11-04", "2026-11-05", "2026-11-11", "2026-11-12")]
    weekend = [per_day[d] for d in ("2026-11-07", "2026-11-08", "2026-11-14", "2026-11-15")]
    assert min(weekdays) > max(weekend)


async def test_anomalies_page_with_a_cursor(client: httpx.AsyncClient, app: MockApp) -> None:
    everything = await get(client, app, "/v1/ai/anomalies")
    assert everything["next_cursor"] is None
    assert len(everything["data"]) >= 3
    pages, cursor = [], None
    while True:
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = await get(client, app, "/v1/ai/anomalies", **params)
        assert len(page["data"]) <= 2
        assert page["count"] == len(page["data"])
        pages.extend(page["data"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert pages == everything["data"]


async def test_anomalies_window_keeps_those_overlapping_it(client: httpx.AsyncClient, app: MockApp) -> None:
    anomalies = (await get(client, app, "/v1/ai/anomalies"))["data"]
    newest = max(anomalies, key=lambda a: a["window"]["start"])
    after = await get(client, app, "/v1/ai/anomalies", start=newest["window"]["start"])
    assert newest in after["data"]
    assert all(a["window"]["end"] > newest["window"]["start"] for a in after["data"])
    before = await get(client, app, "/v1/ai/anomalies", end=newest["window"]["start"])
    assert newest not in before["data"]
    assert {a["id"] for a in after["data"] + before["data"]} == {
        a["id"] for a in anomalies
    }  # none falls between
    r = await client.get(
        "/v1/ai/anomalies",
        params={"start": "2026-11-20T00:00:00Z", "end": "2026-11-20T00:00:00Z"},
        headers=bearer(app),
    )
    assert (r.status_code, r.json()["code"]) == (400, "VALIDATION_FAILED")
