"""Every operation of the spec answers, in strict mode, a success that keeps the contract.

Requests are built from the spec's own examples (path parameters, required query parameters,
request bodies), so a new operation is covered as soon as it lands in the spec.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from mock_helpers import ACME, bearer, make_app
from tensorcost_mock import MockApp
from tensorcost_mock.spec import Operation, Spec, required_role

SPEC = Spec.load()  # the mock's own view of the spec


def example_request(spec: Spec, op: Operation) -> tuple[str, dict[str, Any], Any]:
    path, query = op.path, {}
    for p in op.params:
        example = spec.resolve_pointer(p.schema_pointer.rsplit("/schema", 1)[0]).get("example")
        if p.location == "path":
            path = path.replace("{" + p.name + "}", str(example))
        elif p.location == "query" and p.required:
            query[p.name] = example
    body = None
    if op.body_schema_pointer:
        body = spec.resolve_pointer(op.body_schema_pointer.rsplit("/schema", 1)[0]).get("example")
    return path, query, body


def caller(app: MockApp, op: Operation) -> dict[str, str]:
    """Ana (an admin) for every operation but those the spec reserves for an owner (Li)."""
    return bearer(app, "li.wei@acme-ai.com") if required_role(op) == "owner" else bearer(app)


@pytest.mark.asyncio
@pytest.mark.parametrize("operation_id", sorted(SPEC.by_id))
async def test_operation_answers_within_the_contract(operation_id: str) -> None:
    app = make_app(now="2026-09-15T12:00:00Z")  # before the /api sunset, so legacy paths answer too
    op = app.spec.by_id[operation_id]
    path, query, body = example_request(app.spec, op)
    if operation_id == "auth_refresh_tokens":
        body = {
            "refreshToken": app.runtime.tokens.token_pair(app.runtime.directory.users[1], ACME)[
                "refreshToken"
            ]
        }
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as client:
        r = await client.request(op.method, path, params=query, json=body, headers=caller(app, op))
    assert r.status_code == op.success_status, r.text[:500]
    assert app.violations == []


@pytest.mark.asyncio
async def test_example_fallback_lists_end_after_one_page() -> None:
    app = make_app()
    paginated = [op for op in app.spec.operations if op.paginated and op.path.count("{") == 0]
    assert paginated
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as client:
        for op in paginated:
            r = await client.get(op.path, headers=bearer(app))
            assert r.status_code == 200, r.text
            assert r.json()["next_cursor"] is None or op.operation_id in app.handlers
    assert app.violations == []


ID_OPERATIONS = sorted(
    op.operation_id
    for op in SPEC.operations
    if any(p.location == "path" and p.name != "resource" for p in op.params)
)


@pytest.mark.asyncio
@pytest.mark.parametrize("malformed", ["gpu-1234", "0", "not%20an%20id"])
@pytest.mark.parametrize("operation_id", ID_OPERATIONS)
async def test_unknown_or_malformed_id_is_not_found(operation_id: str, malformed: str) -> None:
    """Ids are opaque: one the tenant does not have, whatever its shape, is a 404 (never a 400)."""
    app = make_app()
    op = app.spec.by_id[operation_id]
    path, query, body = example_request(app.spec, op)
    for p in op.params:
        if p.location == "path" and p.name != "resource":
            path = op.path.replace("{" + p.name + "}", malformed)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as client:
        r = await client.request(op.method, path, params=query, json=body, headers=caller(app, op))
    assert r.status_code == 404, r.text[:500]
    error = r.json()
    assert (error["success"], error["code"]) == (False, "NOT_FOUND")
    assert error["trace_id"] == r.headers["X-Request-Id"]
    assert app.violations == []
