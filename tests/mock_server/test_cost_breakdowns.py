"""cost: by source, by tag, forecast and budgets are computed from the same records as the summary."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
from mock_helpers import NIMBUS, amount, bearer
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio

WINDOWS = [
    {},  # the default: this calendar month so far
    {"start": "2026-10-01T00:00:00Z", "end": "2026-11-01T00:00:00Z"},
    {"start": "2026-11-20T06:00:00Z", "end": "2026-11-24T00:00:00Z"},
]


async def get(client: httpx.AsyncClient, app: MockApp, path: str, **params: Any) -> Any:
    r = await client.get(path, params=params, headers=bearer(app))
    assert r.status_code == 200, r.text
    return r.json()["data"]


@pytest.mark.parametrize("window", WINDOWS)
async def test_by_source_adds_up_to_the_summary(
    client: httpx.AsyncClient, app: MockApp, window: dict
) -> None:
    summary = await get(client, app, "/v1/cost/summary", **window)
    data = await get(client, app, "/v1/cost/by-source", **window)
    assert data["window"] == summary["window"]
    for key in ("effective_cost", "billed_cost", "list_cost"):
        assert sum(amount(i[key]) for i in data["items"]) == amount(summary[key]), key
    assert amount(data["total_effective_cost"]) == amount(summary["effective_cost"])
    effective = [amount(i["effective_cost"]) for i in data["items"]]
    assert effective == sorted(effective, reverse=True)
    assert {i["source"] for i in data["items"]} == {
        "gpu_agent", "bedrock", "azure_openai", "vertex", "openai_api", "anthropic_api"
    }  # fmt: skip
    assert abs(sum(i["share"] for i in data["items"]) - 1) < 0.001
    gpu = next(i for i in data["items"] if i["source"] == "gpu_agent")
    assert amount(gpu["effective_cost"]) == amount(summary["by_workload"]["gpu"])


async def test_a_window_without_cost_has_no_sources(client: httpx.AsyncClient, app: MockApp) -> None:
    data = await get(
        client, app, "/v1/cost/by-source", start="2027-01-01T00:00:00Z", end="2027-02-01T00:00:00Z"
    )
    assert data["items"] == []
    assert amount(data["total_effective_cost"]) == 0


@pytest.mark.parametrize("group_by", ["application", "team", "environment", "owner"])
async def test_by_tag_adds_up_with_unallocated_last(
    client: httpx.AsyncClient, app: MockApp, group_by: str
) -> None:
    summary = await get(client, app, "/v1/cost/summary")
    data = await get(client, app, "/v1/cost/by-tag", group_by=group_by)
    assert data["group_by"] == group_by
    items = data["items"]
    for key in ("effective_cost", "billed_cost", "list_cost"):
        assert sum(amount(i[key]) for i in items) == amount(summary[key]), key
    for workload, total in summary["by_workload"].items():
        assert sum(amount(i["by_workload"][workload]) for i in items) == amount(total), workload
    for item in items:
        assert sum(amount(v) for v in item["by_workload"].values()) == amount(item["effective_cost"])
    # Some spend carries no tag at all, so every dimension has an unallocated remainder, reported last.
    assert items[-1]["value"] == "__unallocated__"
    assert amount(items[-1]["effective_cost"]) > 0
    tagged = [amount(i["effective_cost"]) for i in items[:-1]]
    assert tagged == sorted(tagged, reverse=True)


async def test_by_tag_groups_by_application_unless_told(client: httpx.AsyncClient, app: MockApp) -> None:
    default = await get(client, app, "/v1/cost/by-tag")
    assert default == await get(client, app, "/v1/cost/by-tag", group_by="application")
    assert default["group_by"] == "application"
    r = await client.get("/v1/cost/by-tag", params={"group_by": "cost_center"}, headers=bearer(app))
    assert r.status_code == 400


async def test_forecast_totals_are_the_sum_of_the_periods(client: httpx.AsyncClient, app: MockApp) -> None:
    for horizon in (30, 60, 90):
        for granularity in ("daily", "monthly"):
            data = await get(client, app, "/v1/cost/forecast", horizon_days=horizon, granularity=granularity)
            periods = data["results_by_time"]
            for key in ("mean", "lower_bound", "upper_bound"):
                assert sum(amount(p[key]) for p in periods) == amount(data["total"][key]), (horizon, key)
            assert periods[0]["period"]["start"] == "2026-11-26T00:00:00Z"
            end = datetime(2026, 11, 26, tzinfo=UTC) + timedelta(days=horizon)
            assert periods[-1]["period"]["end"] == end.isoformat().replace("+00:00", "Z")
            for before, after in itertools.pairwise(periods):
                assert before["period"]["end"] == after["period"]["start"]
            for p in periods:
                assert 0 <= amount(p["lower_bound"]) <= amount(p["mean"]) <= amount(p["upper_bound"])
            if granularity == "daily":
                assert len(periods) == horizon
            else:  # clipped to the horizon at both ends, calendar months in between
                assert all(p["period"]["start"][8:10] == "01" for p in periods[1:])
    assert data["history_window"] == {"start": "2026-08-28T00:00:00Z", "end": "2026-11-26T00:00:00Z"}


async def test_forecast_interval_widens_with_the_level_and_follows_the_history(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    narrow = await get(client, app, "/v1/cost/forecast", prediction_interval_level=80)
    wide = await get(client, app, "/v1/cost/forecast", prediction_interval_level=95)
    assert narrow["prediction_interval_level"] == 80
    assert wide["prediction_interval_level"] == 95
    assert narrow["total"]["mean"] == wide["total"]["mean"]
    assert amount(wide["total"]["lower_bound"]) < amount(narrow["total"]["lower_bound"])
    assert amount(wide["total"]["upper_bound"]) > amount(narrow["total"]["upper_bound"])
    # The next 14 days are forecast close to the last 14 days of actual spend (the history grows slowly).
    last = await get(
        client, app, "/v1/cost/summary", start="2026-11-12T00:00:00Z", end="2026-11-26T00:00:00Z"
    )
    next14 = sum(amount(p["mean"]) for p in narrow["results_by_time"][:14])
    assert Decimal("0.95") < next14 / amount(last["effective_cost"]) < Decimal("1.15")


async def test_forecast_moves_with_the_clock(client: httpx.AsyncClient, app: MockApp) -> None:
    await client.post("/_mock/clock", json={"advance_seconds": 3 * 86400})
    data = await get(client, app, "/v1/cost/forecast")
    assert data["history_window"]["end"] == "2026-11-29T00:00:00Z"
    assert data["results_by_time"][0]["period"]["start"] == "2026-11-29T00:00:00Z"
    assert data["generated_at"] == "2026-11-29T12:00:00Z"


async def test_budgets_form_a_hierarchy_parents_first(client: httpx.AsyncClient, app: MockApp) -> None:
    budgets = await get(client, app, "/v1/cost/budgets")
    by_id = {b["id"]: b for b in budgets}
    seen: set[str] = set()
    for b in budgets:
        assert b["parent_id"] is None or b["parent_id"] in seen  # parents before their children
        seen.add(b["id"])
        for child in b["children_ids"]:
            assert by_id[child]["parent_id"] == b["id"]
    for b in budgets:
        if b["parent_id"]:
            assert b["id"] in by_id[b["parent_id"]]["children_ids"]
    roots = [b for b in budgets if b["parent_id"] is None]
    assert {b["time_unit"] for b in roots} == {"monthly", "quarterly"}
    assert any(by_id[c]["children_ids"] for b in roots for c in b["children_ids"])  # three levels deep
    assert by_id["bud_MehGAkWvj7FAc9"]["name"] == "All AI and GPU spend"  # the spec example's id


async def test_budget_spend_comes_from_the_cost_records(client: httpx.AsyncClient, app: MockApp) -> None:
    budgets = {b["name"]: b for b in await get(client, app, "/v1/cost/budgets")}
    month = {"start": "2026-11-01T00:00:00Z", "end": "2026-11-26T12:00:00Z"}
    summary = await get(client, app, "/v1/cost/summary", **month)
    by_source = {i["source"]: i for i in (await get(client, app, "/v1/cost/by-source", **month))["items"]}
    root = budgets["All AI and GPU spend"]
    assert root["current_period"] == {"start": "2026-11-01T00:00:00Z", "end": "2026-12-01T00:00:00Z"}
    assert amount(root["actual_spend"]) == amount(summary["effective_cost"])
    assert amount(budgets["GPU fleet"]["actual_spend"]) == amount(by_source["gpu_agent"]["effective_cost"])
    apis = ("bedrock", "azure_openai", "vertex", "openai_api", "anthropic_api")
    inference = sum(amount(by_source[s]["effective_cost"]) for s in apis)
    assert amount(budgets["Managed inference and agents"]["actual_spend"]) == inference
    quarter = budgets["AI platform, quarterly commitment"]
    assert quarter["current_period"] == {"start": "2026-10-01T00:00:00Z", "end": "2027-01-01T00:00:00Z"}
    q_summary = await get(client, app, "/v1/cost/summary", start="2026-10-01T00:00:00Z")
    assert amount(quarter["actual_spend"]) == amount(q_summary["effective_cost"])


async def test_burn_rate_and_thresholds_follow_the_spend(client: httpx.AsyncClient, app: MockApp) -> None:
    budgets = await get(client, app, "/v1/cost/budgets")
    monthly = [b for b in budgets if b["time_unit"] == "monthly"]
    for b in monthly:
        actual, limit = amount(b["actual_spend"]), amount(b["limit"])
        burn = b["burn_rate"]
        assert burn["pct_period_elapsed"] == 85.0  # 25.5 of 30 days
        assert burn["pct_budget_consumed"] == round(float(actual / limit * 100), 2)
        # The line items run up to the clock: the daily average over the 25.5 days elapsed is the spend.
        assert abs(amount(burn["daily_avg"]) * Decimal("25.5") - actual) < Decimal("0.26")
        assert amount(b["forecasted_spend"]) >= actual
        for t in b["thresholds"]:
            if t["notification_type"] == "actual":
                target = (
                    limit * Decimal(t["threshold"]) / 100
                    if t["threshold_type"] == "percentage"
                    else amount(t["threshold"])
                )
                assert (t["crossed_at"] is not None) == (actual >= target), (b["name"], t)
        exhaustion = burn["projected_exhaustion_date"]
        if actual >= limit:
            assert exhaustion is not None
            assert exhaustion <= "2026-11-26"
        elif amount(b["forecasted_spend"]) > limit:
            assert exhaustion is not None
            assert "2026-11-26" <= exhaustion < "2026-12-01"
        else:
            assert exhaustion is None
    states = {
        ("over" if amount(b["actual_spend"]) >= amount(b["limit"]) else "at risk")
        if amount(b["forecasted_spend"]) > amount(b["limit"])
        else "on track"
        for b in monthly
    }
    assert states == {"over", "at risk", "on track"}


async def test_each_tenant_has_its_own_budgets(client: httpx.AsyncClient, app: MockApp) -> None:
    acme = await get(client, app, "/v1/cost/budgets")
    r = await client.get("/v1/cost/budgets", headers=bearer(app, "hana.sato@nimbus-robotics.com", NIMBUS))
    nimbus = r.json()["data"]
    assert {b["id"] for b in acme}.isdisjoint({b["id"] for b in nimbus})
    assert [b["limit"] for b in nimbus] == [b["limit"] for b in acme]  # the world's budgets, in each tenant
    assert nimbus[0]["actual_spend"] != acme[0]["actual_spend"]  # each spent by its own fleet and traffic


async def test_rfc3339_spellings_and_extreme_offsets(client: httpx.AsyncClient, app: MockApp) -> None:
    upper = await get(client, app, "/v1/cost/by-source", start="2026-11-01T00:00:00Z")
    lower = await get(client, app, "/v1/cost/by-source", start="2026-11-01t00:00:00z")
    assert lower == upper
    shifted = await get(client, app, "/v1/cost/by-source", start="2026-11-01T02:00:00+02:00")
    assert shifted == upper  # the same instant in another offset
    assert shifted["window"]["start"] == "2026-11-01T00:00:00Z"
    far = await get(client, app, "/v1/cost/by-source", end="9999-12-31T23:59:59-14:00")
    assert far["window"] == {"start": "9999-12-01T00:00:00Z", "end": "9999-12-31T23:59:59Z"}
    assert far["items"] == []
