"""The settable clock: deprecated /api paths answer with headers before the sunset and 410 after."""

from __future__ import annotations

import httpx
import pytest
from mock_helpers import bearer
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio


async def test_clock_get_set_advance(client: httpx.AsyncClient) -> None:
    assert (await client.get("/_mock/clock")).json() == {"now": "2026-11-26T12:00:00Z", "frozen": True}
    r = await client.post("/_mock/clock", json={"now": "2026-09-01T00:00:00Z"})
    assert r.json()["now"] == "2026-09-01T00:00:00Z"
    r = await client.post("/_mock/clock", json={"advance_seconds": 90})
    assert r.json()["now"] == "2026-09-01T00:01:30Z"
    assert (await client.post("/_mock/clock", json={"now": "someday"})).status_code == 400


@pytest.mark.parametrize(
    ("path", "successor"), [("/api/costs", "/v1/cost/summary"), ("/api/instances", "/v1/gpu/instances")]
)
async def test_deprecated_paths_before_and_after_sunset(
    client: httpx.AsyncClient, app: MockApp, path: str, successor: str
) -> None:
    await client.post("/_mock/clock", json={"now": "2026-09-30T23:59:00Z"})
    headers = bearer(app)
    r = await client.get(path, headers=headers)
    assert r.status_code == 200, r.text
    assert r.headers["Deprecation"].startswith("@")
    assert r.headers["Sunset"] == "Wed, 30 Sep 2026 23:59:59 GMT"
    assert r.headers["Link"] == f'<{successor}>; rel="successor-version"'
    await client.post("/_mock/clock", json={"now": "2026-10-01T00:00:00Z"})
    r = await client.get(path, headers=headers)
    assert r.status_code == 410
    assert r.json()["code"] == "GONE"
    assert successor in r.json()["error"]
    assert r.headers["Link"] == f'<{successor}>; rel="successor-version"'


async def test_legacy_costs_equal_the_v1_summary(client: httpx.AsyncClient, app: MockApp) -> None:
    await client.post("/_mock/clock", json={"now": "2026-09-15T00:00:00Z"})
    headers = bearer(app)
    legacy = await client.get("/api/costs", headers=headers)
    current = await client.get("/v1/cost/summary", headers=headers)
    assert legacy.json() == current.json()
    assert "Deprecation" not in current.headers
