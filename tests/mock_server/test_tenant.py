"""tenant: settings, members and roles (in step with the mock's user directory), branding, flags."""

from __future__ import annotations

import httpx
import pytest
from mock_helpers import ACME, NIMBUS, all_pages, bearer, token_for
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio

MEMBERS = "/v1/tenant/members"
PRIYA = "mem_3Rt8Nc5Vb1Zm"  # the spec's example member id, seeded as Priya Shah in Acme


async def all_members(client: httpx.AsyncClient, headers: dict[str, str], **params: str) -> list[dict]:
    return await all_pages(client, MEMBERS, headers, **params)


def by_email(members: list[dict], email: str) -> dict:
    return next(m for m in members if m["email"] == email)


async def test_settings_match_the_tenant_and_its_rate_limit(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.get("/v1/tenant", headers=bearer(app))
    acme = r.json()["data"]
    assert (acme["id"], acme["name"], acme["slug"]) == (ACME, "Acme AI", "acme-ai")
    assert (acme["plan"], acme["rate_limit_per_minute"]) == ("team", 1000)
    assert r.headers["X-RateLimit-Limit"] == "1000"
    r = await client.get("/v1/tenant", headers={**bearer(app), "X-Active-Tenant-Id": NIMBUS})
    nimbus = r.json()["data"]
    assert (nimbus["id"], nimbus["plan"], nimbus["rate_limit_per_minute"]) == (NIMBUS, "enterprise", 10000)
    assert r.headers["X-RateLimit-Limit"] == "10000"
    assert nimbus["created_at"] < acme["created_at"] < "2026-11-26T12:00:00Z"


async def test_members_are_the_directory_users_plus_invitations(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    members = await all_members(client, bearer(app), limit="2")
    assert [m["email"] for m in members] == sorted(m["email"] for m in members)
    active = {m["email"]: m["role"] for m in members if m["status"] == "active"}
    directory = {u.email: role for u, role in app.runtime.directory.members(ACME)}
    assert active == directory
    assert all(m["user_id"] is not None and m["joined_at"] for m in members if m["status"] == "active")
    invited = [m for m in members if m["status"] == "invited"]
    assert invited
    assert all(m["user_id"] is None and m["joined_at"] is None for m in invited)
    assert by_email(members, "priya.shah@acme-ai.com")["id"] == PRIYA
    nimbus = await all_members(client, {**bearer(app), "X-Active-Tenant-Id": NIMBUS})
    assert {m["email"] for m in nimbus if m["status"] == "active"} == {
        u.email for u, _ in app.runtime.directory.members(NIMBUS)
    }


async def test_member_filters(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    owners = await all_members(client, headers, role="owner")
    assert [m["email"] for m in owners] == ["li.wei@acme-ai.com"]
    invited = await all_members(client, headers, status="invited")
    assert invited
    assert {m["status"] for m in invited} == {"invited"}
    assert await all_members(client, headers, status="suspended") == []


async def test_invite_then_list_then_duplicate(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    body = {"email": "lena.fischer@acme-ai.com", "role": "engineer", "name": "Lena Fischer"}
    r = await client.post(MEMBERS, json=body, headers=headers)
    assert r.status_code == 201, r.text
    member = r.json()["data"]
    assert (member["status"], member["role"], member["user_id"], member["joined_at"]) == (
        "invited",
        "engineer",
        None,
        None,
    )
    assert member["invited_at"] == "2026-11-26T12:00:00Z"
    assert member in await all_members(client, headers, status="invited")
    for email in ("LENA.FISCHER@acme-ai.com", "marco.bianchi@acme-ai.com"):  # invited, and active
        r = await client.post(MEMBERS, json={"email": email, "role": "viewer"}, headers=headers)
        assert r.status_code == 409
        assert r.json()["code"] == "DUPLICATE"


async def test_role_change_is_visible_and_applies_to_the_next_request(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    sam = bearer(app, "sam.okafor@acme-ai.com")  # a viewer
    invite = {"email": "new.hire@acme-ai.com", "role": "viewer"}
    assert (await client.post(MEMBERS, json=invite, headers=sam)).status_code == 403
    members = await all_members(client, bearer(app))
    sam_id = by_email(members, "sam.okafor@acme-ai.com")["id"]
    owner = bearer(app, "li.wei@acme-ai.com")
    r = await client.patch(f"{MEMBERS}/{sam_id}/role", json={"role": "admin"}, headers=owner)
    assert r.status_code == 200, r.text
    assert r.json()["data"]["role"] == "admin"
    assert by_email(await all_members(client, bearer(app)), "sam.okafor@acme-ai.com")["role"] == "admin"
    # The same token now acts as an admin, and new tokens carry the new role.
    assert (await client.post(MEMBERS, json=invite, headers=sam)).status_code == 201
    login = await client.post(
        "/v1/auth/login",
        json={
            "email": "sam.okafor@acme-ai.com",
            "password": "correct-horse-battery-staple",
            "tenant_id": ACME,
        },
    )
    assert login.json()["data"]["user"]["role"] == "admin"


async def test_last_owner_cannot_be_demoted(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app, "li.wei@acme-ai.com")  # the only owner
    members = await all_members(client, headers)
    li = by_email(members, "li.wei@acme-ai.com")["id"]
    r = await client.patch(f"{MEMBERS}/{li}/role", json={"role": "admin"}, headers=headers)
    assert r.status_code == 409
    assert r.json()["code"] == "INVALID_STATE_TRANSITION"
    assert by_email(await all_members(client, headers), "li.wei@acme-ai.com")["role"] == "owner"
    # An invited owner does not count: the tenant needs an active one.
    invited = (await all_members(client, headers, status="invited"))[0]["id"]
    r = await client.patch(f"{MEMBERS}/{invited}/role", json={"role": "owner"}, headers=headers)
    assert r.json()["data"]["role"] == "owner"
    assert (
        await client.patch(f"{MEMBERS}/{li}/role", json={"role": "admin"}, headers=headers)
    ).status_code == 409
    r = await client.patch(f"{MEMBERS}/{PRIYA}/role", json={"role": "owner"}, headers=headers)
    assert r.status_code == 200
    # With another owner, Li still may not change their own role; Priya, now an owner, may.
    r = await client.patch(f"{MEMBERS}/{li}/role", json={"role": "admin"}, headers=headers)
    assert (r.status_code, r.json()["code"]) == (403, "FORBIDDEN")
    priya = bearer(app, "priya.shah@acme-ai.com")
    r = await client.patch(f"{MEMBERS}/{li}/role", json={"role": "admin"}, headers=priya)
    assert r.status_code == 200
    owners = await all_members(client, headers=priya, role="owner", status="active")
    assert [m["email"] for m in owners] == ["priya.shah@acme-ai.com"]


async def test_member_of_another_tenant_is_404(client: httpx.AsyncClient, app: MockApp) -> None:
    nimbus = bearer(app, "hana.sato@nimbus-robotics.com", NIMBUS)
    r = await client.patch(f"{MEMBERS}/{PRIYA}/role", json={"role": "viewer"}, headers=nimbus)
    assert r.status_code == 404
    assert r.json()["code"] == "NOT_FOUND"
    assert (
        by_email(await all_members(client, bearer(app)), "priya.shah@acme-ai.com")["role"] == "finops_analyst"
    )


async def test_invite_replays_with_the_same_idempotency_key(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = {**bearer(app), "Idempotency-Key": "invite-lena-1"}
    body = {"email": "lena.fischer@acme-ai.com", "role": "engineer"}
    first = await client.post(MEMBERS, json=body, headers=headers)
    second = await client.post(MEMBERS, json=body, headers=headers)
    assert (first.status_code, second.status_code) == (201, 201)  # not a 409 DUPLICATE: nothing ran again
    assert second.json() == first.json()
    assert second.headers["Idempotent-Replayed"] == "true"
    emails = [m["email"] for m in await all_members(client, bearer(app))]
    assert emails.count("lena.fischer@acme-ai.com") == 1


async def test_branding_per_tenant(client: httpx.AsyncClient, app: MockApp) -> None:
    acme = (await client.get("/v1/tenant/branding", headers=bearer(app))).json()["data"]
    nimbus_headers = bearer(app, "hana.sato@nimbus-robotics.com", NIMBUS)
    nimbus = (await client.get("/v1/tenant/branding", headers=nimbus_headers)).json()["data"]
    assert (acme["custom_domain"], acme["domain_verified"]) == ("finops.acme-ai.com", True)
    assert nimbus["custom_domain"].endswith("nimbus-robotics.com")
    assert nimbus["domain_verified"] is False
    assert acme["colors"] != nimbus["colors"]


async def test_feature_flags_per_plan_tenant_and_user(client: httpx.AsyncClient, app: MockApp) -> None:
    async def flags(email: str, tenant: str) -> dict[str, dict]:
        headers = {"Authorization": f"Bearer {token_for(app, email, tenant)}"}
        data = (await client.get("/v1/tenant/feature-flags", headers=headers)).json()["data"]
        assert [f["key"] for f in data] == sorted(f["key"] for f in data)
        return {f["key"]: f for f in data}

    ana = await flags("ana.ruiz@acme-ai.com", ACME)
    priya = await flags("priya.shah@acme-ai.com", ACME)
    ana_nimbus = await flags("ana.ruiz@acme-ai.com", NIMBUS)
    assert (ana["report.pdf_theme"]["value"], ana["report.pdf_theme"]["source"]) == ("dark", "user")
    assert (priya["report.pdf_theme"]["value"], priya["report.pdf_theme"]["source"]) == ("light", "default")
    assert ana_nimbus["report.pdf_theme"]["source"] == "default"  # the override is Acme's
    scim_acme, scim_nimbus = ana["identity.scim_provisioning"], ana_nimbus["identity.scim_provisioning"]
    assert (scim_acme["enabled"], scim_acme["source"]) == (False, "default")
    assert (scim_nimbus["enabled"], scim_nimbus["source"]) == (True, "plan")
    assert ana["report.scheduled_exports_max"]["value"] < ana_nimbus["report.scheduled_exports_max"]["value"]
