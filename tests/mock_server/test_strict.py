"""Strict mode: a response that breaks the spec never leaves the server; it becomes a loud 500."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from mock_helpers import ACME, PASSWORD, bearer, make_app
from tensorcost_mock.api.context import HandlerContext, Reply

pytestmark = pytest.mark.asyncio

LOGIN = {"email": "ana.ruiz@acme-ai.com", "password": PASSWORD, "tenant_id": ACME}


def wrong_shape(ctx: HandlerContext) -> Reply:
    return ctx.ok({"accessToken": "a"})


def undocumented_status(ctx: HandlerContext) -> Reply:
    return Reply(418, {"success": False, "error": "teapot", "code": "TEAPOT", "trace_id": ctx.trace_id})


def crashes(ctx: HandlerContext) -> Reply:
    raise RuntimeError("bug in a handler")


@pytest.mark.parametrize(
    ("handler", "problem"),
    [
        (wrong_shape, "required"),
        (undocumented_status, "status 418 is not documented"),
        (crashes, "RuntimeError"),
    ],
)
async def test_violations_become_500(monkeypatch: pytest.MonkeyPatch, handler: Any, problem: str) -> None:
    app = make_app()
    monkeypatch.setitem(app.handlers, "auth_login", handler)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as c:
        r = await c.post("/v1/auth/login", json=LOGIN)
    assert r.status_code == 500
    assert r.json()["code"] in ("MOCK_CONTRACT_VIOLATION", "INTERNAL_ERROR")
    assert r.json()["trace_id"] == r.headers["X-Request-Id"]
    assert len(app.violations) == 1
    assert problem in " ".join(app.violations[0]["problems"])


async def test_write_only_fields_never_leave_the_server() -> None:
    # Outgoing validators refuse any writeOnly property (secrets, passwords) that is present.
    app = make_app()
    validator = app.contract.cache.compile(
        {"type": "object", "properties": {"p": {"type": "string", "writeOnly": True}}}
    )
    assert validator.is_valid({"q": 1})
    assert not validator.is_valid({"p": "hunter2"})


async def test_non_strict_mode_lets_it_through(monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(strict=False)
    monkeypatch.setitem(app.handlers, "auth_login", wrong_shape)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as c:
        r = await c.post("/v1/auth/login", json=LOGIN)
        assert r.status_code == 200
        s = await c.get("/v1/cost/summary", headers=bearer(app))
        assert s.status_code == 200
    assert app.violations == []
