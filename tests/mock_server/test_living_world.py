"""The world lives: as the mock clock moves, usage accrues from the seed alone."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
from mock_helpers import NOW, amount, bearer, make_app
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
