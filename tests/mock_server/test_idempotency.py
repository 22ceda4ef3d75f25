"""A repeated Idempotency-Key replays the first response; another body with it is a 409."""

from __future__ import annotations

import httpx
import pytest
from mock_helpers import ACME, PASSWORD, bearer
from tensorcost_mock import MockApp
from tensorcost_mock.clock import Clock
from tensorcost_mock.idempotency import IdempotencyStore

LOGIN = {"email": "ana.ruiz@acme-ai.com", "password": PASSWORD, "tenant_id": ACME}


@pytest.mark.asyncio
async def test_replay_returns_the_first_response(client: httpx.AsyncClient) -> None:
    key = {"Idempotency-Key": "5d1f7c0e-2b7a-4a53-9f0e-6f4c1b2a9d33"}
    first = await client.post("/v1/auth/login", json=LOGIN, headers=key)
    second = await client.post("/v1/auth/login", json=LOGIN, headers=key)
    assert first.status_code == second.status_code == 200
    assert second.content == first.content  # the same tokens: nothing was issued again
    assert second.headers["X-Request-Id"] == first.headers["X-Request-Id"]
    assert second.headers["Idempotent-Replayed"] == "true"
    third = await client.post("/v1/auth/login", json=LOGIN)
    assert third.json()["data"]["accessToken"] != first.json()["data"]["accessToken"]


@pytest.mark.asyncio
async def test_replayed_refresh_does_not_rotate_twice(client: httpx.AsyncClient) -> None:
    pair = (await client.post("/v1/auth/login", json=LOGIN)).json()["data"]
    key = {"Idempotency-Key": "refresh-1"}
    body = {"refreshToken": pair["refreshToken"]}
    first = await client.post("/v1/auth/refresh-tokens", json=body, headers=key)
    retry = await client.post("/v1/auth/refresh-tokens", json=body, headers=key)
    assert first.status_code == retry.status_code == 200  # a retried rotation is safe
    assert retry.json() == first.json()


@pytest.mark.asyncio
async def test_same_key_other_body_is_409(client: httpx.AsyncClient) -> None:
    key = {"Idempotency-Key": "login-1"}
    assert (await client.post("/v1/auth/login", json=LOGIN, headers=key)).status_code == 200
    r = await client.post("/v1/auth/login", json={**LOGIN, "email": "li.wei@acme-ai.com"}, headers=key)
    assert r.status_code == 409
    assert r.json()["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert r.json()["trace_id"] == r.headers["X-Request-Id"]


@pytest.mark.asyncio
async def test_keys_are_scoped_per_tenant(client: httpx.AsyncClient, app: MockApp) -> None:
    op = app.spec.by_id["alert_create_rule"]
    example = app.spec.resolve_pointer(op.body_schema_pointer.rsplit("/schema", 1)[0])["example"]
    # Channel and escalation-policy ids belong to one tenant (Acme's, in the example); without them
    # the same rule is valid in both tenants.
    rule = {k: v for k, v in example.items() if k not in ("channel_ids", "escalation_policy_id")}
    key = {"Idempotency-Key": "rule-1"}
    a = await client.post("/v1/alert/rules", json=rule, headers={**bearer(app), **key})
    nimbus = bearer(app, "hana.sato@nimbus-robotics.com", "8b1e4d7a-2c9f-4a6e-b3d5-7f0a1c2e9d48")
    b = await client.post("/v1/alert/rules", json={**rule, "name": "other"}, headers={**nimbus, **key})
    assert a.status_code == b.status_code == 201, (a.text, b.text)
    assert "Idempotent-Replayed" not in b.headers
    assert b.json()["data"]["name"] == "other"  # the second tenant's request really ran


@pytest.mark.asyncio
async def test_invalid_key_is_a_validation_error(client: httpx.AsyncClient) -> None:
    r = await client.post("/v1/auth/login", json=LOGIN, headers={"Idempotency-Key": "has space"})
    assert r.status_code == 400
    assert r.json()["details"][0]["field"] == "Idempotency-Key"


NEW_KEY = {"name": "gpu-agent eu-west-1 batch", "scopes": ["gpu:write"], "expires_at": "2027-06-01T00:00:00Z"}
CREDENTIALS = "/v1/identity/agent-credentials"


@pytest.mark.asyncio
async def test_another_users_key_never_replays_the_first_users_answer(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    key = {"Idempotency-Key": "mint-1"}
    ana = await client.post(CREDENTIALS, json=NEW_KEY, headers={**bearer(app), **key})
    li = await client.post(CREDENTIALS, json=NEW_KEY, headers={**bearer(app, "li.wei@acme-ai.com"), **key})
    assert ana.status_code == 201, ana.text
    # Li's request really ran (the name is taken now), and Ana's show-once secret is not replayed.
    assert (li.status_code, li.json()["code"]) == (409, "DUPLICATE"), li.text
    assert "Idempotent-Replayed" not in li.headers
    assert ana.json()["data"]["secret"] not in li.text
    again = await client.post(CREDENTIALS, json=NEW_KEY, headers={**bearer(app), **key})
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.content == ana.content


@pytest.mark.asyncio
async def test_a_key_is_scoped_to_its_path(client: httpx.AsyncClient, app: MockApp) -> None:
    key = {"Idempotency-Key": "shared-1"}
    assert (await client.post("/v1/auth/login", json=LOGIN, headers=key)).status_code == 200
    r = await client.post(CREDENTIALS, json=NEW_KEY, headers={**bearer(app), **key})
    assert r.status_code == 201
    assert "Idempotent-Replayed" not in r.headers


@pytest.mark.asyncio
async def test_a_key_expires_after_24_hours(client: httpx.AsyncClient, app: MockApp) -> None:
    key = {"Idempotency-Key": "login-ttl"}
    first = await client.post("/v1/auth/login", json=LOGIN, headers=key)
    app.runtime.clock.advance(24 * 3600 - 1)
    assert (await client.post("/v1/auth/login", json=LOGIN, headers=key)).content == first.content
    app.runtime.clock.advance(2)
    later = await client.post("/v1/auth/login", json=LOGIN, headers=key)
    assert later.status_code == 200
    assert "Idempotent-Replayed" not in later.headers
    assert later.json()["data"]["accessToken"] != first.json()["data"]["accessToken"]


def test_the_store_keeps_only_the_most_recently_used_keys() -> None:
    store = IdempotencyStore(Clock(frozen=True), max_entries=2)
    for name in ("a", "b"):
        store.put("scope", name, "fp", 200, b"{}", {})
    assert store.get("scope", "a") is not None  # "a" is now the most recently used
    store.put("scope", "c", "fp", 200, b"{}", {})
    assert len(store) == 2
    assert store.get("scope", "b") is None
    assert store.get("scope", "a") is not None
    assert store.get("scope", "c") is not None
