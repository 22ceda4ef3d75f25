"""A 400 from the mock names the field and the rule it broke, never the submitted value: a
``writeOnly`` value (a password, a routing key, a signing secret) must not reach error messages,
nor the SDK's ``BadRequestError`` (which ends up in users' logs)."""

from __future__ import annotations

import json
import pickle
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import pytest_asyncio
from tensorcost import BadRequestError
from tensorcost.testing import MockServer
from tensorcost_mock import create_app

ACME = "3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01"
SECRET = "S3CRETxVALUEx0123456789abcdef-#"  # breaks every pattern and length the spec sets for secrets


@pytest_asyncio.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(seed=42, now=datetime(2026, 11, 26, 12, tzinfo=UTC), freeze_clock=True, strict=True)
    user = app.runtime.directory.by_email("ana.ruiz@acme-ai.com")
    assert user is not None
    token = app.runtime.tokens.access_token(user, ACME)
    transport = httpx.ASGITransport(app=app)
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:4010", headers=headers) as c:
        yield c
    assert app.violations == []


CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "pagerduty routing_key (pattern)",
        "/v1/notification/channels",
        {"name": "pd", "config": {"type": "pagerduty", "routing_key": SECRET}},
        "config.routing_key",
    ),
    (
        "webhook signing_secret (too short)",
        "/v1/notification/channels",
        {
            "name": "wh",
            "config": {"type": "webhook", "url": "https://h.example/x", "signing_secret": SECRET[:20]},
        },
        "config.signing_secret",
    ),
    (
        "slack webhook_url (pattern)",
        "/v1/notification/channels",
        {"name": "sl", "config": {"type": "slack", "webhook_url": f"https://example.com/{SECRET}"}},
        "config.webhook_url",
    ),
    (
        "login password (wrong type)",
        "/v1/auth/login",
        {"email": "ana.ruiz@acme-ai.com", "password": [SECRET], "tenant_id": ACME},
        "password",
    ),
    (
        "a secret inside a body that breaks its oneOf",
        "/v1/notification/channels",
        {"name": "pd", "config": {"type": "pagerduty", "routing_key": SECRET, "oops": 1, "service_name": 7}},
        "config.service_name",
    ),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("case", "path", "body", "field"), CASES, ids=[c[0] for c in CASES])
async def test_a_400_names_the_field_and_rule_never_the_value(
    client: httpx.AsyncClient, case: str, path: str, body: dict[str, Any], field: str
) -> None:
    r = await client.post(path, json=body)
    assert r.status_code == 400, r.text
    error = r.json()
    assert error["code"] == "VALIDATION_FAILED"
    assert field in {d["field"] for d in error["details"]}, error
    secret = body.get("password", [None])[0] or json.dumps(body["config"])
    for fragment in (SECRET[:20], secret):
        assert fragment not in r.text


@pytest.mark.asyncio
async def test_messages_say_the_rule(client: httpx.AsyncClient) -> None:
    body = {"name": "pd", "config": {"type": "pagerduty", "routing_key": SECRET}}
    error = (await client.post("/v1/notification/channels", json=body)).json()
    detail = next(d for d in error["details"] if d["field"] == "config.routing_key")
    assert detail["message"] == "must match the pattern ^[A-Za-z0-9]{32}$"
    assert "config.routing_key" in error["error"]


def test_the_sdk_error_carries_no_secret() -> None:
    with MockServer() as mock, pytest.raises(BadRequestError) as info:
        mock.client.notification.create_channel(
            body={"name": "PagerDuty", "config": {"type": "pagerduty", "routing_key": SECRET}}
        )
    err = info.value
    assert err.code == "VALIDATION_FAILED"
    assert "config.routing_key" in str(err)
    seen = [
        str(err),
        repr(err),
        err.message,
        json.dumps(err.body),
        repr(pickle.loads(pickle.dumps(err)).body),
    ]
    assert err.response is not None
    seen.append(err.response.text)
    for text in seen:
        assert SECRET[:20] not in text
