"""The /_mock control surface: info, token, reset."""

from __future__ import annotations

import httpx
import pytest
from mock_helpers import ACME, NIMBUS, PASSWORD
from tensorcost_mock import MockApp
from tensorcost_mock.cli import main


@pytest.mark.asyncio
async def test_token_endpoint_gives_a_working_token(client: httpx.AsyncClient) -> None:
    r = await client.get("/_mock/token", params={"email": "hana.sato@nimbus-robotics.com"})
    assert r.status_code == 200
    token = r.json()
    assert token["tenant_id"] == NIMBUS
    assert token["role"] == "owner"
    s = await client.get("/v1/cost/summary", headers={"Authorization": f"Bearer {token['access_token']}"})
    assert s.status_code == 200
    assert (await client.get("/_mock/token", params={"email": "nobody@x.com"})).status_code == 404


@pytest.mark.asyncio
async def test_info_lists_handled_and_example_only_operations(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    info = (await client.get("/_mock/")).json()
    assert info["operations"] == len(app.spec.operations)
    assert "cost_get_summary" in info["handled"]
    assert set(info["handled"]) | set(info["example_only"]) == set(app.spec.by_id)
    assert info["violations"] == []


@pytest.mark.asyncio
async def test_reset_restores_seeded_state(client: httpx.AsyncClient, app: MockApp) -> None:
    login = {"email": "ana.ruiz@acme-ai.com", "password": PASSWORD, "tenant_id": ACME}
    refresh = (await client.post("/v1/auth/login", json=login)).json()["data"]["refreshToken"]
    await client.post("/_mock/faults", json={"operation_id": "cost_get_summary", "fault": "500"})
    r = await client.post("/_mock/reset", json={})
    assert r.status_code == 200
    assert (await client.get("/_mock/faults")).json()["faults"] == []
    # Refresh tokens issued before the reset are gone.
    assert (await client.post("/v1/auth/refresh-tokens", json={"refreshToken": refresh})).status_code == 401


def test_cli_token_prints_a_jwt(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["token", "--email", "sam.okafor@acme-ai.com"]) == 0
    token = capsys.readouterr().out.strip()
    assert token.count(".") == 2
    assert main(["token", "--email", "nobody@x.com"]) == 2
