"""cost_get_summary is computed from the seeded cost records, so its parts add up."""

from __future__ import annotations

import httpx
import pytest
from mock_helpers import amount, bearer, make_app
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio


async def test_summary_adds_up(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.get("/v1/cost/summary", headers=bearer(app))
    assert r.status_code == 200
    data = r.json()["data"]
    assert data["window"] == {"start": "2026-11-01T00:00:00Z", "end": "2026-11-26T12:00:00Z"}
    parts = sum(amount(v) for v in data["by_workload"].values())
    assert parts == amount(data["effective_cost"])
    assert amount(data["savings"]) == amount(data["list_cost"]) - amount(data["effective_cost"])
    assert amount(data["list_cost"]) >= amount(data["billed_cost"]) >= amount(data["effective_cost"]) > 0
    assert data["event_count"] > 0


async def test_window_filters_and_bad_window(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    day = await client.get(
        "/v1/cost/summary",
        params={"start": "2026-11-10T00:00:00Z", "end": "2026-11-11T00:00:00Z"},
        headers=headers,
    )
    month = await client.get(
        "/v1/cost/summary",
        params={"start": "2026-11-01T00:00:00Z", "end": "2026-11-26T00:00:00Z"},
        headers=headers,
    )
    assert 0 < amount(day.json()["data"]["effective_cost"]) < amount(month.json()["data"]["effective_cost"])
    r = await client.get(
        "/v1/cost/summary",
        params={"start": "2026-11-11T00:00:00Z", "end": "2026-11-10T00:00:00Z"},
        headers=headers,
    )
    assert r.status_code == 400
    assert r.json()["details"][0]["field"] == "end"


async def test_same_seed_same_data_other_seed_other_data() -> None:
    async def summary(seed: int) -> dict:
        app = make_app(seed=seed)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as c:
            return (await c.get("/v1/cost/summary", headers=bearer(app))).json()["data"]

    assert await summary(1) == await summary(1)
    assert await summary(1) != await summary(2)


async def test_default_window_at_the_first_instant_of_a_month_is_the_month_before() -> None:
    """At 00:00:00 on the 1st the month so far is empty: the default window is the last month."""
    app = make_app(now="2026-09-01T00:00:00Z")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as c:
        r = await c.get("/v1/cost/summary", headers=bearer(app))
    assert r.status_code == 200
    assert r.json()["data"]["window"] == {"start": "2026-08-01T00:00:00Z", "end": "2026-09-01T00:00:00Z"}
