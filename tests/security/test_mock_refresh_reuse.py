"""The mock detects refresh-token reuse (RFC 6819 5.2.2.3, OAuth 2.1 rotation): presenting a refresh
token that was already rotated revokes the whole family its login started."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx
import pytest
import pytest_asyncio
from tensorcost_mock import create_app

pytestmark = pytest.mark.asyncio

ACME = "3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01"
PASSWORD = "correct-horse-battery-staple"


@pytest_asyncio.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(seed=42, now=datetime(2026, 11, 26, 12, tzinfo=UTC), freeze_clock=True, strict=True)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:4010") as c:
        yield c
    assert app.violations == []


async def login(client: httpx.AsyncClient, email: str = "priya.shah@acme-ai.com") -> dict[str, str]:
    r = await client.post("/v1/auth/login", json={"email": email, "password": PASSWORD, "tenant_id": ACME})
    assert r.status_code == 200, r.text
    data: dict[str, str] = r.json()["data"]
    return data


async def refresh(client: httpx.AsyncClient, token: str) -> httpx.Response:
    return await client.post("/v1/auth/refresh-tokens", json={"refreshToken": token})


async def works(client: httpx.AsyncClient, access: str) -> bool:
    r = await client.get("/v1/tenant", headers={"Authorization": f"Bearer {access}"})
    assert r.status_code in (200, 401), r.text
    return r.status_code == 200


async def test_rotation_keeps_the_session_alive(client: httpx.AsyncClient) -> None:
    pair = await login(client)
    for _ in range(3):
        r = await refresh(client, pair["refreshToken"])
        assert r.status_code == 200, r.text
        pair = r.json()["data"]
        assert await works(client, pair["accessToken"])


async def test_a_reused_refresh_token_revokes_the_whole_family(client: httpx.AsyncClient) -> None:
    victim = await login(client)
    # The attacker stole the victim's refresh token and redeems it first.
    r = await refresh(client, victim["refreshToken"])
    assert r.status_code == 200
    attacker = r.json()["data"]
    assert await works(client, attacker["accessToken"])
    # The victim's client then presents the same (already rotated) token: reuse.
    reuse = await refresh(client, victim["refreshToken"])
    assert reuse.status_code == 401
    assert reuse.json()["code"] == "INVALID_REFRESH_TOKEN"
    assert "log in again" in reuse.json()["error"]
    # Every token of the family is dead: the attacker's newer pair and the victim's access token.
    assert not await works(client, attacker["accessToken"])
    assert not await works(client, victim["accessToken"])
    r = await refresh(client, attacker["refreshToken"])
    assert r.status_code == 401
    assert r.json()["code"] == "INVALID_REFRESH_TOKEN"


async def test_reuse_of_an_older_generation_also_revokes(client: httpx.AsyncClient) -> None:
    first = await login(client)
    second = (await refresh(client, first["refreshToken"])).json()["data"]
    third = (await refresh(client, second["refreshToken"])).json()["data"]
    assert (await refresh(client, first["refreshToken"])).status_code == 401
    assert not await works(client, third["accessToken"])
    assert (await refresh(client, third["refreshToken"])).status_code == 401


async def test_other_sessions_of_the_same_user_are_untouched(client: httpx.AsyncClient) -> None:
    laptop = await login(client)
    phone = await login(client)
    rotated = (await refresh(client, laptop["refreshToken"])).json()["data"]
    assert (await refresh(client, laptop["refreshToken"])).status_code == 401  # reuse: laptop's family
    assert not await works(client, rotated["accessToken"])
    assert await works(client, phone["accessToken"])
    r = await refresh(client, phone["refreshToken"])
    assert r.status_code == 200
    assert await works(client, r.json()["data"]["accessToken"])
    # A new login after the revocation starts a new family that works.
    again = await login(client)
    assert await works(client, again["accessToken"])
