"""Hostile input gets a clean 400: deep nesting is MALFORMED_JSON (never a RecursionError or a 500),
and a request with thousands of problems lists a bounded number of them."""

from __future__ import annotations

import httpx
import pytest
from mock_helpers import ACME, PASSWORD, bearer
from tensorcost_mock import MockApp
from tensorcost_mock.errors import MAX_LISTED_PROBLEMS
from tensorcost_mock.spec.validation import MAX_NESTING

pytestmark = pytest.mark.asyncio

LOGIN = "/v1/auth/login"


@pytest.mark.parametrize("depth", [MAX_NESTING + 1, 100_000])
async def test_deeply_nested_body_is_malformed_json(client: httpx.AsyncClient, depth: int) -> None:
    body = "[" * depth + "]" * depth
    r = await client.post(LOGIN, content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    error = r.json()
    assert error["code"] == "MALFORMED_JSON"
    assert str(MAX_NESTING) in error["error"]


async def test_nesting_within_the_limit_is_validated_as_usual(client: httpx.AsyncClient) -> None:
    nested: object = "x"
    for _ in range(MAX_NESTING - 2):
        nested = [nested]
    body = {"email": "ana.ruiz@acme-ai.com", "password": PASSWORD, "tenant_id": ACME, "extra": nested}
    r = await client.post(LOGIN, json=body)
    assert r.json().get("code") != "MALFORMED_JSON"


async def test_thousands_of_unknown_query_parameters_list_a_bounded_number(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    params = {f"p{i}": "1" for i in range(5000)}
    r = await client.get("/v1/tenant/members", params=params, headers=bearer(app))
    assert r.status_code == 400
    error = r.json()
    assert error["code"] == "VALIDATION_FAILED"
    assert len(error["details"]) == MAX_LISTED_PROBLEMS
    assert "4999 more problems" in error["error"]  # the message still counts them all
    assert len(r.content) < 50_000
