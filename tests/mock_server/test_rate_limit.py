"""Per-tenant token bucket: headers on every response, 429 with Retry-After, refill with the clock."""

from __future__ import annotations

import httpx
import pytest
from mock_helpers import NIMBUS, bearer, make_app
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio


async def test_headers_on_every_response(client: httpx.AsyncClient, app: MockApp) -> None:
    for r in (
        await client.get("/v1/cost/summary", headers=bearer(app)),
        await client.get("/v1/cost/summary"),
        await client.get("/nowhere"),
        await client.post("/v1/cost/summary"),
    ):
        assert r.headers["X-RateLimit-Limit"] == "1000"
        assert int(r.headers["X-RateLimit-Remaining"]) >= 0
        assert int(r.headers["X-RateLimit-Reset"]) >= 1795000000
        assert r.headers["X-Request-Id"]


async def test_enterprise_tenant_gets_ten_thousand(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.get("/v1/cost/summary", headers=bearer(app, "hana.sato@nimbus-robotics.com", NIMBUS))
    assert r.headers["X-RateLimit-Limit"] == "10000"
    assert r.headers["X-RateLimit-Remaining"] == "9999"


async def test_bucket_spends_then_429_then_refills() -> None:
    app = make_app(rate_limit=3)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as client:
        headers = bearer(app)
        remaining = [
            (await client.get("/v1/cost/summary", headers=headers)).headers["X-RateLimit-Remaining"]
            for _ in range(3)
        ]
        assert remaining == ["2", "1", "0"]
        r = await client.get("/v1/cost/summary", headers=headers)
        assert r.status_code == 429
        assert r.json()["code"] == "RATE_LIMITED"
        assert r.headers["Retry-After"] == "20"  # 3 per minute: one token every 20 s
        assert r.headers["X-RateLimit-Remaining"] == "0"
        # The other tenant has its own bucket.
        other = await client.get(
            "/v1/cost/summary", headers=bearer(app, "hana.sato@nimbus-robotics.com", NIMBUS)
        )
        assert other.status_code == 200
        await client.post("/_mock/clock", json={"advance_seconds": 20})
        assert (await client.get("/v1/cost/summary", headers=headers)).status_code == 200
    assert app.violations == []
