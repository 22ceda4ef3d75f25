"""identity: SSO configuration, agent credentials (secret shown once) and the audit trail."""

from __future__ import annotations

import httpx
import pytest
from mock_helpers import ACME, NIMBUS, all_pages, bearer
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio

CREDENTIALS = "/v1/identity/agent-credentials"
AUDIT = "/v1/identity/audit"
ANA_MEMBER = "mem_6Yh2Kp9Qx4Lw"  # Ana Ruiz in Acme, as in the spec's examples
NEW_KEY = {"name": "gpu-agent eu-west-1 batch", "scopes": ["gpu:write"], "expires_at": "2027-06-01T00:00:00Z"}


async def audit_events(client: httpx.AsyncClient, headers: dict[str, str], **params: str) -> list[dict]:
    return await all_pages(client, AUDIT, headers, **params)


async def test_sso_is_saml_for_acme_and_oidc_for_nimbus(client: httpx.AsyncClient, app: MockApp) -> None:
    acme = (await client.get("/v1/identity/sso", headers=bearer(app))).json()["data"]
    assert acme["protocol"] == acme["provider"]["protocol"] == "saml"
    assert acme["allowed_domains"][0] == "acme-ai.com"
    r = await client.get("/v1/identity/sso", headers=bearer(app, "hana.sato@nimbus-robotics.com", NIMBUS))
    nimbus = r.json()["data"]
    assert nimbus["protocol"] == nimbus["provider"]["protocol"] == "oidc"
    assert nimbus["provider"]["has_client_secret"] is True
    assert "openid" in nimbus["provider"]["scopes"]
    assert '"client_secret"' not in r.text
    # Password login still works for the seeded users, so SSO is not enforced.
    assert acme["enforce_sso"] is nimbus["enforce_sso"] is False


async def test_secret_is_shown_once_then_revoke_then_404(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    r = await client.post(CREDENTIALS, json=NEW_KEY, headers=headers)
    assert r.status_code == 201, r.text
    created = r.json()["data"]
    secret = created["secret"]
    assert len(secret) >= 32
    assert (created["status"], created["algorithm"], created["scopes"]) == (
        "active",
        "HMAC-SHA256",
        ["gpu:write"],
    )
    assert created["expires_at"] == NEW_KEY["expires_at"]
    r = await client.delete(f"{CREDENTIALS}/{created['key_id']}", headers=headers)
    assert r.status_code == 200, r.text
    revoked = r.json()["data"]
    assert secret not in r.text
    assert "secret" not in revoked
    assert (revoked["status"], revoked["revoked_at"]) == ("revoked", "2026-11-26T12:00:00Z")
    assert revoked["created_at"] == created["created_at"]
    again = await client.delete(f"{CREDENTIALS}/{created['key_id']}", headers=headers)
    assert again.status_code == 404
    assert again.json()["code"] == "NOT_FOUND"
    trail = await client.get(AUDIT, params={"limit": 500}, headers=headers)
    assert secret not in trail.text


async def test_active_name_is_unique_until_revoked(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    first = (await client.post(CREDENTIALS, json=NEW_KEY, headers=headers)).json()["data"]
    dup = await client.post(CREDENTIALS, json={**NEW_KEY, "scopes": ["ai:write"]}, headers=headers)
    assert dup.status_code == 409
    assert dup.json()["code"] == "DUPLICATE"
    assert (await client.delete(f"{CREDENTIALS}/{first['key_id']}", headers=headers)).status_code == 200
    second = await client.post(CREDENTIALS, json=NEW_KEY, headers=headers)
    assert second.status_code == 201
    assert second.json()["data"]["key_id"] != first["key_id"]


async def test_create_replays_the_same_key(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = {**bearer(app), "Idempotency-Key": "mint-eu-west-1"}
    first = await client.post(CREDENTIALS, json=NEW_KEY, headers=headers)
    second = await client.post(CREDENTIALS, json=NEW_KEY, headers=headers)
    assert (first.status_code, second.status_code) == (201, 201)  # no 409: the create did not run again
    assert second.json()["data"] == first.json()["data"]
    assert second.headers["Idempotent-Replayed"] == "true"
    created = await audit_events(
        client, bearer(app), action="agent_credential.created", start="2026-11-26T00:00:00Z"
    )
    assert [e["target"]["id"] for e in created] == [first.json()["data"]["key_id"]]


async def test_viewer_cannot_mint_or_revoke(client: httpx.AsyncClient, app: MockApp) -> None:
    viewer = bearer(app, "sam.okafor@acme-ai.com", ACME)
    assert (await client.post(CREDENTIALS, json=NEW_KEY, headers=viewer)).status_code == 403
    r = await client.delete(f"{CREDENTIALS}/key_2Hx7Rm4Tq9Vb", headers=viewer)
    assert r.status_code == 403
    assert (await client.delete(f"{CREDENTIALS}/key_2Hx7Rm4Tq9Vb", headers=bearer(app))).status_code == 200


async def test_credential_of_another_tenant_is_404(client: httpx.AsyncClient, app: MockApp) -> None:
    nimbus = bearer(app, "hana.sato@nimbus-robotics.com", NIMBUS)
    r = await client.delete(f"{CREDENTIALS}/key_2Hx7Rm4Tq9Vb", headers=nimbus)
    assert r.status_code == 404
    assert (await client.delete(f"{CREDENTIALS}/key_2Hx7Rm4Tq9Vb", headers=bearer(app))).status_code == 200


async def test_audit_pages_to_the_end_newest_first(client: httpx.AsyncClient, app: MockApp) -> None:
    events = await audit_events(client, bearer(app), limit="100", start="2026-09-01T00:00:00Z")
    assert len(events) >= 200
    assert len({e["id"] for e in events}) == len(events)
    times = [e["occurred_at"] for e in events]
    assert times == sorted(times, reverse=True)
    assert all("2026-09-01T00:00:00Z" <= t <= "2026-11-26T12:00:00Z" for t in times)
    default = await audit_events(client, bearer(app))  # start defaults to the start of the month
    assert default
    assert min(e["occurred_at"] for e in default) >= "2026-11-01T00:00:00Z"
    assert {e["actor"]["type"] for e in events} == {"user", "agent", "system"}


async def test_audit_filters(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    window = {"start": "2026-10-01T00:00:00Z", "end": "2026-11-01T00:00:00Z"}
    logins = await audit_events(client, headers, action="auth.login", **window)
    assert logins
    assert {e["action"] for e in logins} == {"auth.login"}
    assert all(window["start"] <= e["occurred_at"] < window["end"] for e in logins)
    failures = await audit_events(client, headers, action="auth.login", outcome="failure", **window)
    assert failures
    assert {(e["outcome"], e["actor"]["type"]) for e in failures} == {("failure", "system")}
    assert len(failures) < len(logins)
    ana = await audit_events(client, headers, actor_id=ANA_MEMBER, **window)
    assert ana
    assert {(e["actor"]["id"], e["actor"]["email"]) for e in ana} == {(ANA_MEMBER, "ana.ruiz@acme-ai.com")}


async def test_writes_appear_in_the_audit_trail(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    key = (await client.post(CREDENTIALS, json=NEW_KEY, headers=headers)).json()["data"]["key_id"]
    await client.delete(f"{CREDENTIALS}/{key}", headers=headers)
    member = (
        await client.post(
            "/v1/tenant/members",
            json={"email": "lena.fischer@acme-ai.com", "role": "engineer"},
            headers=headers,
        )
    ).json()["data"]["id"]
    owner = bearer(app, "li.wei@acme-ai.com")  # only an owner changes roles
    await client.patch(f"/v1/tenant/members/{member}/role", json={"role": "admin"}, headers=owner)
    body = {
        "name": "OpenAI API (research org)",
        "provider": "openai",
        "account_id": "org-Res3arch0rgId42",
        "auth": {"method": "api_key", "api_key": "sk-admin-DoNotEcho"},
        "sources": ["openai_api"],
    }
    conn = (await client.post("/v1/integration/connections", json=body, headers=headers)).json()["data"]["id"]
    r = await client.get(AUDIT, params={"start": "2026-11-26T12:00:00Z"}, headers=headers)
    assert "DoNotEcho" not in r.text
    events = r.json()["data"]
    assert [(e["action"], e["target"]["id"]) for e in events] == [
        ("connection.created", conn),
        ("member.role_updated", member),
        ("member.invited", member),
        ("agent_credential.revoked", key),
        ("agent_credential.created", key),
    ]
    for e in events:
        if e["action"] == "member.role_updated":  # by Li: only an owner changes roles
            assert (e["actor"]["type"], e["actor"]["email"]) == ("user", "li.wei@acme-ai.com")
        else:
            assert e["actor"] == {"type": "user", "id": ANA_MEMBER, "email": "ana.ruiz@acme-ai.com"}
        assert (e["outcome"], e["occurred_at"]) == ("success", "2026-11-26T12:00:00Z")
    assert len({e["request_id"] for e in events}) == 5
    only = await audit_events(client, headers, action="member.role_updated", start="2026-11-26T00:00:00Z")
    assert [e["target"]["id"] for e in only] == [member]
