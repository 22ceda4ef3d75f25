"""integration: connections, validation, sync history and secret rotation, backed by tenant state."""

from __future__ import annotations

import json
from collections import defaultdict

import httpx
import pytest
from mock_helpers import ACME, NIMBUS, bearer
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio

CONNECTIONS = "/v1/integration/connections"
AWS_PAYER = "con_4Hn8QpR2sTvW"  # the spec's example ids, seeded in Acme
AZURE = "con_9Lr3VbT6yKw2"
SECRET_FIELDS = {"client_secret", "api_key", "service_account_json", "secret"}
AZURE_BODY = {
    "name": "Azure OpenAI (research subscription)",
    "provider": "azure",
    "account_id": "5b0c7d2e-1f3a-4b6c-8d9e-0a1b2c3d4e5f",
    "auth": {
        "method": "azure_service_principal",
        "tenant_id": "72f988bf-86f1-41af-91ab-2d7cd011db47",
        "client_id": "2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5f7a",
        "client_secret": "Zr98Q~super.secret.value-DoNotEcho",
    },
    "sources": ["azure_openai"],
}


async def connections(client: httpx.AsyncClient, headers: dict[str, str], **params: str) -> list[dict]:
    r = await client.get(CONNECTIONS, params=params, headers=headers)
    assert r.status_code == 200, r.text
    return r.json()["data"]


async def test_list_filters_and_never_shows_secrets(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    every = await connections(client, headers)
    assert len(every) >= 6
    assert {c["provider"] for c in every} == {"aws", "azure", "gcp", "openai", "anthropic", "gpu_agent"}
    assert [c["created_at"] for c in every] == sorted((c["created_at"] for c in every), reverse=True)
    for c in every:
        assert not SECRET_FIELDS & set(c["auth"])
        assert c["has_secret"] is (c["auth"]["method"] != "aws_assume_role")
        assert (c["status_reason"] is None) is (c["status"] == "active")
    aws = await connections(client, headers, provider="aws")
    assert aws
    assert {c["provider"] for c in aws} == {"aws"}
    assert {c["id"] for c in aws} == {c["id"] for c in every if c["provider"] == "aws"}
    for status in ("degraded", "failed", "disabled"):
        some = await connections(client, headers, status=status)
        assert some
        assert {c["status"] for c in some} == {status}
    assert await connections(client, headers, provider="gcp", status="disabled") == []


async def test_create_then_list_then_duplicate(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    r = await client.post(CONNECTIONS, json=AZURE_BODY, headers=headers)
    assert r.status_code == 201, r.text
    created = r.json()["data"]
    assert "DoNotEcho" not in r.text
    assert created["status"] == "pending"
    assert created["has_secret"] is True
    assert created["auth"] == {
        "method": "azure_service_principal",
        "tenant_id": AZURE_BODY["auth"]["tenant_id"],
        "client_id": AZURE_BODY["auth"]["client_id"],
    }
    assert created["last_validated_at"] is None
    assert created["created_at"] == "2026-11-26T12:00:00Z"
    listed = await connections(client, headers, provider="azure")
    assert listed[0] == created  # newest first
    again = await client.post(CONNECTIONS, json={**AZURE_BODY, "name": "other name"}, headers=headers)
    assert again.status_code == 409
    assert again.json()["code"] == "DUPLICATE"
    # The same account at another provider is no duplicate.
    gcp = {
        "name": "same id at gcp",
        "provider": "gcp",
        "account_id": AZURE_BODY["account_id"],
        "auth": {
            "method": "gcp_service_account",
            "service_account_json": json.dumps(
                {"type": "service_account", "client_email": "tc@p.iam.gserviceaccount.com"}
            ),
        },
        "sources": ["vertex"],
    }
    r = await client.post(CONNECTIONS, json=gcp, headers=headers)
    assert r.status_code == 201, r.text
    assert r.json()["data"]["auth"] == {
        "method": "gcp_service_account",
        "service_account_email": "tc@p.iam.gserviceaccount.com",
    }


async def test_create_refuses_auth_that_does_not_fit(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    wrong_method = {**AZURE_BODY, "provider": "openai"}
    r = await client.post(CONNECTIONS, json=wrong_method, headers=headers)
    assert r.status_code == 400
    assert r.json()["details"][0]["field"] == "auth.method"
    assert len(await connections(client, headers)) == 8  # nothing was created


async def test_unknown_agent_key_is_accepted_and_fails_validation(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    headers = bearer(app)
    body = {
        "name": "GPU agents: new cluster",
        "provider": "gpu_agent",
        "account_id": "eks-usw2-new",
        "auth": {"method": "agent_credential", "key_id": "key_doesNotExist1"},
        "sources": ["gpu_agent"],
    }
    r = await client.post(CONNECTIONS, json=body, headers=headers)
    assert r.status_code == 201, r.text
    r = await client.post(f"{CONNECTIONS}/{r.json()['data']['id']}/validate", headers=headers)
    first = r.json()["data"]["checks"][0]
    assert (first["name"], first["result"]) == ("agent_credential_active", "fail")
    assert "key_doesNotExist1 does not exist" in first["message"]
    assert r.json()["data"]["connection_status"] == "failed"


async def test_validate_updates_status(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    r = await client.post(f"{CONNECTIONS}/{AWS_PAYER}/validate", headers=headers)
    assert r.status_code == 200, r.text
    result = r.json()["data"]
    assert [c["name"] for c in result["checks"]] == [
        "sts_assume_role",
        "cost_export_readable",
        "invocation_logging_enabled",
    ]
    assert [c["result"] for c in result["checks"]] == ["pass", "pass", "warn"]
    assert (result["status"], result["connection_status"]) == ("warn", "degraded")
    created = (await client.post(CONNECTIONS, json=AZURE_BODY, headers=headers)).json()["data"]
    r = await client.post(f"{CONNECTIONS}/{created['id']}/validate", headers=headers)
    assert r.json()["data"]["status"] == "pass"
    assert {c["result"] for c in r.json()["data"]["checks"]} == {"pass"}
    after = next(c for c in await connections(client, headers) if c["id"] == created["id"])
    assert after["status"] == "active"
    assert after["last_validated_at"] == "2026-11-26T12:00:00Z"


async def test_failed_check_skips_the_rest(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    failed = await connections(client, headers, status="failed")
    r = await client.post(f"{CONNECTIONS}/{failed[0]['id']}/validate", headers=headers)
    checks = r.json()["data"]["checks"]
    assert checks[0]["result"] == "fail"
    assert all(c["result"] == "fail" and c["message"].startswith("Not checked") for c in checks[1:])
    assert r.json()["data"]["connection_status"] == "failed"
    assert failed[0]["status_reason"] == checks[0]["message"]


async def test_first_validation_runs_in_the_background(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    created = (await client.post(CONNECTIONS, json=AZURE_BODY, headers=headers)).json()["data"]
    assert (await connections(client, headers, status="pending"))[0]["id"] == created["id"]
    await client.post("/_mock/clock", json={"advance_seconds": 31})
    now_active = next(c for c in await connections(client, headers) if c["id"] == created["id"])
    assert now_active["status"] == "active"
    assert now_active["last_validated_at"] == "2026-11-26T12:00:30Z"


async def test_disabled_connection_is_not_validated_or_rotated(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    headers = bearer(app)
    disabled = (await connections(client, headers, status="disabled"))[0]
    r = await client.post(f"{CONNECTIONS}/{disabled['id']}/validate", headers=headers)
    assert r.status_code == 409
    assert r.json()["code"] == "INVALID_STATE_TRANSITION"
    r = await client.post(
        f"{CONNECTIONS}/{disabled['id']}/rotate-secret", json={"secret": "sk-admin-x"}, headers=headers
    )
    assert r.status_code == 409
    assert (await connections(client, headers, status="disabled"))[0] == disabled


async def test_sync_history_pages_to_the_end_and_adds_up(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    url = f"{CONNECTIONS}/{AWS_PAYER}/sync-history"
    runs, cursor, pages = [], None, 0
    while True:
        params = {"limit": 250, "start": "2026-10-27T00:00:00Z"}
        if cursor:
            params["cursor"] = cursor
        r = await client.get(url, params=params, headers=headers)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["count"] == len(body["data"]) <= 250
        runs += body["data"]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert pages >= 2
    assert len(runs) >= 500  # 30 days, 4 syncs a day, 5 steps each
    assert len({r["id"] for r in runs}) == len(runs)
    assert [r["started_at"] for r in runs] == sorted((r["started_at"] for r in runs), reverse=True)
    assert {r["connection_id"] for r in runs} == {AWS_PAYER}
    by_sync: dict[str, dict[str, dict]] = defaultdict(dict)
    for run in runs:
        by_sync[run["sync_id"]][run["step"]] = run
    for steps in by_sync.values():
        if all(s["status"] == "succeeded" for s in steps.values()) and len(steps) == 5:
            fetched = (
                steps["fetch_cost_export"]["rows_ingested"] + steps["fetch_invocation_logs"]["rows_ingested"]
            )
            assert steps["normalize_focus"]["rows_ingested"] == fetched == steps["load"]["rows_ingested"]
    for run in runs:
        assert (run["error"] is not None) is (run["status"] == "failed")
        assert (run["finished_at"] is None) is (run["status"] == "running")


async def test_sync_history_filters(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    failed_conn = (await connections(client, headers, status="failed"))[0]
    url = f"{CONNECTIONS}/{failed_conn['id']}/sync-history"
    r = await client.get(url, params={"status": "failed", "limit": 500}, headers=headers)
    failed = r.json()["data"]
    assert failed
    assert {x["status"] for x in failed} == {"failed"}
    assert failed[0]["error"]["code"] == "ACCESS_DENIED"
    assert failed[0]["error"]["retryable"] is False
    r = await client.get(url, params={"step": "load", "limit": 500}, headers=headers)
    assert {x["step"] for x in r.json()["data"]} == {"load"}
    day = {"start": "2026-11-20T00:00:00Z", "end": "2026-11-21T00:00:00Z"}
    r = await client.get(url, params=day, headers=headers)
    in_day = r.json()["data"]
    assert in_day
    assert all(day["start"] <= x["started_at"] < day["end"] for x in in_day)
    assert len({x["sync_id"] for x in in_day}) == 4  # every 6 hours
    r = await client.get(
        url, params={"start": "2026-11-21T00:00:00Z", "end": "2026-11-20T00:00:00Z"}, headers=headers
    )
    assert r.status_code == 400


async def test_rotate_secret(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    r = await client.post(
        f"{CONNECTIONS}/{AZURE}/rotate-secret", json={"secret": "Nw77Q~brand.new-Secret"}, headers=headers
    )
    assert r.status_code == 200, r.text
    assert "brand.new" not in r.text
    data = r.json()["data"]
    assert data["secret_rotated_at"] == data["updated_at"] == "2026-11-26T12:00:00Z"
    assert (
        next(c for c in await connections(client, headers) if c["id"] == AZURE)["secret_rotated_at"]
        == data["secret_rotated_at"]
    )
    # No stored secret to rotate.
    r = await client.post(f"{CONNECTIONS}/{AWS_PAYER}/rotate-secret", json={"secret": "x"}, headers=headers)
    assert r.status_code == 409
    assert r.json()["code"] == "INVALID_STATE_TRANSITION"
    # An api_key connection cannot mint its own key: the body is required.
    api_key = (await connections(client, headers, provider="anthropic"))[0]
    r = await client.post(f"{CONNECTIONS}/{api_key['id']}/rotate-secret", headers=headers)
    assert r.status_code == 400
    assert r.json()["details"][0]["field"] == "secret"


async def test_gpu_agent_connection_follows_its_credential(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    conn = (await connections(client, headers, provider="gpu_agent"))[0]
    old_key = conn["auth"]["key_id"]
    assert (
        await client.delete(f"/v1/identity/agent-credentials/{old_key}", headers=headers)
    ).status_code == 200
    r = await client.post(f"{CONNECTIONS}/{conn['id']}/validate", headers=headers)
    first = r.json()["data"]["checks"][0]
    assert (first["name"], first["result"]) == ("agent_credential_active", "fail")
    assert f"{old_key} was revoked" in first["message"]
    assert r.json()["data"]["connection_status"] == "failed"
    # Rotation mints a new key and links it; the connection is healthy again.
    r = await client.post(f"{CONNECTIONS}/{conn['id']}/rotate-secret", headers=headers)
    assert r.status_code == 200, r.text
    rotated = r.json()["data"]
    assert rotated["auth"]["key_id"] != old_key
    assert rotated["status"] == "active"


async def test_other_tenant_connection_is_404(client: httpx.AsyncClient, app: MockApp) -> None:
    nimbus = bearer(app, "hana.sato@nimbus-robotics.com", NIMBUS)
    assert AWS_PAYER not in {c["id"] for c in await connections(client, nimbus)}
    for method, suffix in (("POST", "validate"), ("GET", "sync-history"), ("POST", "rotate-secret")):
        r = await client.request(method, f"{CONNECTIONS}/{AZURE}/{suffix}", headers=nimbus)
        assert r.status_code == 404, (suffix, r.text)
        assert r.json()["code"] == "NOT_FOUND"


async def test_create_replays_with_the_same_idempotency_key(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = {**bearer(app), "Idempotency-Key": "c0ffee00-0000-4000-8000-000000000001"}
    first = await client.post(CONNECTIONS, json=AZURE_BODY, headers=headers)
    second = await client.post(CONNECTIONS, json=AZURE_BODY, headers=headers)
    assert first.status_code == second.status_code == 201
    assert second.json() == first.json()
    assert second.headers["Idempotent-Replayed"] == "true"
    assert len(await connections(client, bearer(app), provider="azure")) == 2  # seeded one + this one


async def test_viewer_cannot_create(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.post(CONNECTIONS, json=AZURE_BODY, headers=bearer(app, "sam.okafor@acme-ai.com", ACME))
    assert r.status_code == 403
    assert r.json()["code"] == "FORBIDDEN"
    assert len(await connections(client, bearer(app))) == 8
