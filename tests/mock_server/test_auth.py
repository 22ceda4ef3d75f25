"""Login, token checks (each 401), refresh rotation, roles and tenant switching."""

from __future__ import annotations

import httpx
import jwt
import pytest
from mock_helpers import ACME, NIMBUS, PASSWORD, bearer, token_for
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio


async def login(
    client: httpx.AsyncClient, email: str, tenant_id: str = ACME, password: str = PASSWORD
) -> httpx.Response:
    return await client.post(
        "/v1/auth/login", json={"email": email, "password": password, "tenant_id": tenant_id}
    )


async def test_spec_login_example_logs_in_as_admin(client: httpx.AsyncClient, app: MockApp) -> None:
    op = app.spec.by_id["auth_login"]
    example = app.spec.resolve_pointer(op.body_schema_pointer.rsplit("/schema", 1)[0])["example"]
    r = await client.post("/v1/auth/login", json=example)
    assert r.status_code == 200, r.text
    data = r.json()["data"]
    assert data["user"] == {"id": 1, "email": "ana.ruiz@acme-ai.com", "role": "admin"}
    assert data["tokenType"] == "Bearer"
    assert data["expiresIn"] == 900
    claims = jwt.decode(data["accessToken"], options={"verify_signature": False})
    assert jwt.get_unverified_header(data["accessToken"])["alg"] == "HS256"
    assert claims["role"] == "admin"
    assert claims["tenantId"] == ACME
    assert sorted(claims["tenants"]) == sorted([ACME, NIMBUS])
    assert claims["exp"] - claims["iat"] == 900
    assert {"sub", "jti"} <= set(claims)
    summary = await client.get("/v1/cost/summary", headers={"Authorization": f"Bearer {data['accessToken']}"})
    assert summary.status_code == 200


async def test_wrong_password_and_foreign_tenant(client: httpx.AsyncClient) -> None:
    r = await login(client, "ana.ruiz@acme-ai.com", password="wrong")
    assert r.status_code == 401
    assert r.json()["code"] == "INVALID_CREDENTIALS"
    assert r.headers["WWW-Authenticate"].startswith("Bearer")
    r = await login(client, "li.wei@acme-ai.com", tenant_id=NIMBUS)
    assert r.status_code == 403
    assert r.json()["code"] == "TENANT_ACCESS_DENIED"


@pytest.mark.parametrize(
    ("authorization", "code"),
    [
        (None, "UNAUTHENTICATED"),
        ("Basic dXNlcjpwYXNz", "INVALID_TOKEN"),
        ("Bearer not.a.jwt", "INVALID_TOKEN"),
    ],
)
async def test_missing_or_malformed_token(
    client: httpx.AsyncClient, authorization: str | None, code: str
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    r = await client.get("/v1/cost/summary", headers=headers)
    assert r.status_code == 401
    assert r.json()["code"] == code
    assert r.headers["WWW-Authenticate"].startswith('Bearer realm="tensorcost"')
    assert r.json()["trace_id"] == r.headers["X-Request-Id"]


async def test_bad_signature(client: httpx.AsyncClient, app: MockApp) -> None:
    claims = jwt.decode(token_for(app), options={"verify_signature": False})
    forged = jwt.encode(claims, "another-key-of-at-least-thirty-two-bytes!!", algorithm="HS256")
    r = await client.get("/v1/cost/summary", headers={"Authorization": f"Bearer {forged}"})
    assert r.status_code == 401
    assert r.json()["code"] == "INVALID_TOKEN"
    assert 'error="invalid_token"' in r.headers["WWW-Authenticate"]


async def test_expired_token_follows_the_clock(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    assert (await client.get("/v1/cost/summary", headers=headers)).status_code == 200
    r = await client.post("/_mock/clock", json={"advance_seconds": 901})
    assert r.status_code == 200
    r = await client.get("/v1/cost/summary", headers=headers)
    assert r.status_code == 401
    assert r.json()["code"] == "TOKEN_EXPIRED"
    assert "expired" in r.headers["WWW-Authenticate"]


async def test_refresh_rotates_and_old_token_stops_working(client: httpx.AsyncClient) -> None:
    first = (await login(client, "priya.shah@acme-ai.com")).json()["data"]
    r = await client.post("/v1/auth/refresh-tokens", json={"refreshToken": first["refreshToken"]})
    assert r.status_code == 200, r.text
    second = r.json()["data"]
    assert second["refreshToken"] != first["refreshToken"]
    assert (
        await client.get("/v1/cost/summary", headers={"Authorization": f"Bearer {second['accessToken']}"})
    ).status_code == 200
    again = await client.post("/v1/auth/refresh-tokens", json={"refreshToken": first["refreshToken"]})
    assert again.status_code == 401
    assert again.json()["code"] == "INVALID_REFRESH_TOKEN"
    # A refresh token is not an access token.
    r = await client.get("/v1/cost/summary", headers={"Authorization": f"Bearer {second['refreshToken']}"})
    assert r.status_code == 401


async def test_viewer_reads_but_may_not_write(client: httpx.AsyncClient, app: MockApp) -> None:
    viewer = bearer(app, "sam.okafor@acme-ai.com")
    assert (await client.get("/v1/alert/rules", headers=viewer)).status_code == 200
    op = app.spec.by_id["alert_create_rule"]
    example = app.spec.resolve_pointer(op.body_schema_pointer.rsplit("/schema", 1)[0])["example"]
    r = await client.post("/v1/alert/rules", json=example, headers=viewer)
    assert r.status_code == 403
    assert r.json()["code"] == "FORBIDDEN"
    assert "alert_create_rule" in r.json()["error"]
    r = await client.post("/v1/alert/rules", json=example, headers=bearer(app, "marco.bianchi@acme-ai.com"))
    assert r.status_code == 201


async def test_active_tenant_switch(client: httpx.AsyncClient, app: MockApp) -> None:
    ana = bearer(app)  # member of both tenants
    acme = (await client.get("/v1/cost/summary", headers=ana)).json()["data"]
    nimbus = await client.get("/v1/cost/summary", headers={**ana, "X-Active-Tenant-Id": NIMBUS})
    assert nimbus.status_code == 200
    assert nimbus.json()["data"]["effective_cost"] != acme["effective_cost"]
    li = bearer(app, "li.wei@acme-ai.com")  # Acme only
    r = await client.get("/v1/cost/summary", headers={**li, "X-Active-Tenant-Id": NIMBUS})
    assert r.status_code == 403
    assert r.json()["code"] == "TENANT_ACCESS_DENIED"


async def test_role_follows_the_active_tenant(client: httpx.AsyncClient, app: MockApp) -> None:
    # Ana is admin at Acme but a finops_analyst at Nimbus; Diego is a viewer at Nimbus.
    diego = bearer(app, "diego.alvarez@nimbus-robotics.com", NIMBUS)
    op = app.spec.by_id["alert_create_rule"]
    example = app.spec.resolve_pointer(op.body_schema_pointer.rsplit("/schema", 1)[0])["example"]
    r = await client.post("/v1/alert/rules", json=example, headers=diego)
    assert r.status_code == 403


async def test_logins_and_refreshes_are_audited(client: httpx.AsyncClient, app: MockApp) -> None:
    audit = "/v1/identity/audit"
    params = {"start": "2026-11-26T12:00:00Z"}  # the frozen clock: only this test's events
    ok = await login(client, "priya.shah@acme-ai.com")
    await client.post("/v1/auth/refresh-tokens", json={"refreshToken": ok.json()["data"]["refreshToken"]})
    assert (await login(client, "priya.shah@acme-ai.com", password="wrong")).status_code == 401
    events = (await client.get(audit, params=params, headers=bearer(app))).json()["data"]
    seen = {(e["action"], e["outcome"], e["actor"]["type"], e["target"]["id"], e["ip"]) for e in events}
    assert seen == {
        ("auth.login", "success", "user", "3", "127.0.0.1"),  # httpx.ASGITransport's client address
        ("auth.token_refreshed", "success", "user", "3", "127.0.0.1"),
        ("auth.login", "failure", "system", "priya.shah@acme-ai.com", "127.0.0.1"),
    }
    assert ok.headers["X-Request-Id"] in {e["request_id"] for e in events}
