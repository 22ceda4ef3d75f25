"""Service tokens: minted by the CLI or /_mock/token, accepted for 90 days, never refreshed."""

from __future__ import annotations

import httpx
import jwt
import pytest
from mock_helpers import ACME, NIMBUS
from tensorcost_mock import MockApp
from tensorcost_mock.cli import main

NINETY_DAYS = 90 * 86400


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_cli_mints_a_90_day_service_token(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["token", "--service", "--ttl", "90d", "--tenant-id", NIMBUS, "--name", "gate"]) == 0
    token = capsys.readouterr().out.strip()
    assert jwt.get_unverified_header(token)["alg"] == "HS256"
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["typ"] == "service"
    assert claims["sub"] == "service:gate"
    assert claims["tenantId"] == NIMBUS
    assert claims["role"] == "viewer"
    assert claims["exp"] - claims["iat"] == NINETY_DAYS
    assert "refresh" not in token


@pytest.mark.parametrize(
    "argv",
    [
        ["token", "--service", "--tenant-id", "not-a-tenant"],
        ["token", "--service", "--ttl", "soon"],
        ["token", "--service", "--role", "superuser"],
    ],
)
def test_cli_rejects_a_bad_service_token_request(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse rejects a bad --ttl or --role itself
        code = int(exc.code or 0)
    assert code == 2
    assert capsys.readouterr().err.strip()


@pytest.mark.asyncio
async def test_service_token_reads_its_tenant_for_90_days_then_expires(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    minted = (await client.get("/_mock/token", params={"service": "true", "ttl": "90d"})).json()
    assert minted["tenant_id"] == ACME
    assert minted["role"] == "viewer"
    assert minted["expires_in"] == NINETY_DAYS
    token = minted["access_token"]
    assert (await client.get("/v1/cost/summary", headers=auth(token))).status_code == 200

    # 89 days later it still works (a login's access token would have expired after 15 minutes).
    await client.post("/_mock/clock", json={"advance_seconds": 89 * 86400})
    assert (await client.get("/v1/cost/summary", headers=auth(token))).status_code == 200

    await client.post("/_mock/clock", json={"advance_seconds": 2 * 86400})
    expired = await client.get("/v1/cost/summary", headers=auth(token))
    assert expired.status_code == 401
    assert expired.json()["code"] == "TOKEN_EXPIRED"
    assert "service token" in expired.json()["error"]
    assert "tensorcost-mock token --service" in expired.json()["error"]


@pytest.mark.asyncio
async def test_service_principal_is_bound_to_its_tenant_and_role(client: httpx.AsyncClient) -> None:
    viewer = (await client.get("/_mock/token", params={"service": "1"})).json()["access_token"]
    other_tenant = {**auth(viewer), "X-Active-Tenant-Id": NIMBUS}
    denied = await client.get("/v1/cost/summary", headers=other_tenant)
    assert denied.status_code == 403
    assert denied.json()["code"] == "TENANT_ACCESS_DENIED"
    write = await client.post(
        "/v1/cost/recommendations/rec_CuNGMGmSrCGIZE/dismiss",
        headers=auth(viewer),
        json={"reason": "other", "comment": "no"},
    )
    assert write.status_code == 403
    assert write.json()["code"] == "FORBIDDEN"

    bad = await client.get("/_mock/token", params={"service": "1", "role": "root"})
    assert bad.status_code == 400


@pytest.mark.asyncio
async def test_a_service_token_signed_with_another_key_is_rejected(client: httpx.AsyncClient) -> None:
    claims = {"typ": "service", "sub": "service:x", "name": "x", "role": "admin", "tenantId": ACME}
    forged = jwt.encode({**claims, "exp": 4_000_000_000}, "another-key-of-at-least-32-bytes!!", "HS256")
    r = await client.get("/v1/cost/summary", headers=auth(forged))
    assert r.status_code == 401
    assert r.json()["code"] == "INVALID_TOKEN"
