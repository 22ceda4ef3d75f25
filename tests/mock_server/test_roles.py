"""Each operation's least role (the spec's x-required-role, in its x-role-includes hierarchy) and
the member-role rules: only an owner grants or removes owner, nobody changes their own role."""

from __future__ import annotations

import httpx
import pytest
from mock_helpers import bearer
from tensorcost_mock import MockApp

MEMBERS = "/v1/tenant/members"
ENGINEER = "marco.bianchi@acme-ai.com"
ANALYST = "priya.shah@acme-ai.com"
VIEWER = "sam.okafor@acme-ai.com"

pytestmark = pytest.mark.asyncio


async def member_id(client: httpx.AsyncClient, app: MockApp, email: str) -> str:
    r = await client.get(MEMBERS, params={"limit": "100"}, headers=bearer(app))
    return next(m["id"] for m in r.json()["data"] if m["email"] == email)


def assert_forbidden(r: httpx.Response, needed: str) -> None:
    assert r.status_code == 403, r.text
    error = r.json()
    assert (error["success"], error["code"]) == (False, "FORBIDDEN")
    assert f"needs the role {needed}" in error["error"]
    assert error["trace_id"] == r.headers["X-Request-Id"]


async def test_an_engineer_cannot_make_themselves_owner(client: httpx.AsyncClient, app: MockApp) -> None:
    own = await member_id(client, app, ENGINEER)
    r = await client.patch(f"{MEMBERS}/{own}/role", json={"role": "owner"}, headers=bearer(app, ENGINEER))
    assert_forbidden(r, "owner")
    li = await member_id(client, app, "li.wei@acme-ai.com")
    r = await client.patch(f"{MEMBERS}/{li}/role", json={"role": "viewer"}, headers=bearer(app, ENGINEER))
    assert_forbidden(r, "owner")
    r = await client.get(MEMBERS, params={"role": "owner"}, headers=bearer(app))
    assert [m["email"] for m in r.json()["data"]] == ["li.wei@acme-ai.com"]


async def test_an_admin_cannot_change_roles(client: httpx.AsyncClient, app: MockApp) -> None:
    sam = await member_id(client, app, VIEWER)
    r = await client.patch(f"{MEMBERS}/{sam}/role", json={"role": "owner"}, headers=bearer(app))
    assert_forbidden(r, "owner")


async def test_an_owner_cannot_change_their_own_role(client: httpx.AsyncClient, app: MockApp) -> None:
    owner = bearer(app, "li.wei@acme-ai.com")
    sam = await member_id(client, app, VIEWER)
    assert (
        await client.patch(f"{MEMBERS}/{sam}/role", json={"role": "owner"}, headers=owner)
    ).status_code == 200
    li = await member_id(client, app, "li.wei@acme-ai.com")
    r = await client.patch(f"{MEMBERS}/{li}/role", json={"role": "admin"}, headers=owner)
    assert (r.status_code, r.json()["code"]) == (403, "FORBIDDEN")
    assert "own role" in r.json()["error"]


async def test_an_engineer_cannot_do_what_the_table_keeps_for_admins(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    engineer = bearer(app, ENGINEER)
    key = {"name": "stolen", "scopes": ["gpu:write"], "expires_at": "2027-06-01T00:00:00Z"}
    assert_forbidden(await client.post("/v1/identity/agent-credentials", json=key, headers=engineer), "admin")
    r = await client.delete("/v1/identity/agent-credentials/key_2Hx7Rm4Tq9Vb", headers=engineer)
    assert_forbidden(r, "admin")
    channels = (await client.get("/v1/notification/channels", headers=engineer)).json()["data"]
    r = await client.post(f"/v1/notification/channels/{channels[0]['id']}/test", headers=engineer)
    assert_forbidden(r, "admin")
    # The same calls succeed for an admin (the key still exists: nothing was revoked above).
    r = await client.delete("/v1/identity/agent-credentials/key_2Hx7Rm4Tq9Vb", headers=bearer(app))
    assert r.status_code == 200


async def test_an_analyst_cannot_approve_enforcement_actions(client: httpx.AsyncClient, app: MockApp) -> None:
    url = "/v1/enforcement/actions/act_9Xp4Rt2LmQ8k/approve"
    assert_forbidden(await client.post(url, json={"comment": "ok"}, headers=bearer(app, ANALYST)), "engineer")
    assert (await client.post(url, json={"comment": "ok"}, headers=bearer(app, ENGINEER))).status_code == 200


async def test_a_viewer_cannot_write(client: httpx.AsyncClient, app: MockApp) -> None:
    viewer = bearer(app, VIEWER)
    r = await client.post(MEMBERS, json={"email": "x@acme-ai.com", "role": "viewer"}, headers=viewer)
    assert_forbidden(r, "admin")
    r = await client.post("/v1/alert/alerts/alt_none/acknowledge", headers=viewer)
    assert_forbidden(r, "engineer")
    assert (await client.get(MEMBERS, headers=viewer)).status_code == 200
