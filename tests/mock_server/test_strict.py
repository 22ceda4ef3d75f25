"""Strict mode: a response that breaks the spec never leaves the server; it becomes a loud 500."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from mock_helpers import ACME, PASSWORD, bearer, make_app
from tensorcost_mock.api.context import HandlerContext, Reply
from tensorcost_mock.spec.contract import Passed

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


async def test_a_record_corrupted_in_the_store_is_caught_after_the_same_answer_passed() -> None:
    # Strict mode remembers bodies that passed (the same bytes give the same verdict), so a
    # record changed in the store changes the bytes and is validated again, every time.
    app = make_app()
    listing = "/v1/gpu/instances?state=running&limit=20"
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as c:
        first = await c.get(listing, headers=bearer(app))
        assert first.status_code == 200
        ident = first.json()["data"][0]["id"]
        for _ in range(2):  # the second answer is the very same bytes
            again = await c.get(listing, headers=bearer(app))
            assert again.content == first.content
            assert (await c.get(f"/v1/gpu/instances/{ident}", headers=bearer(app))).status_code == 200
        record = app.runtime.store(ACME).collection("gpu_instances").require(ident)
        good = record["gpu_count"]
        record["gpu_count"] = "eight"  # not an integer: breaks GpuInstance
        for _ in range(2):  # refused each time: a failed verdict is never remembered
            for path in (listing, f"/v1/gpu/instances/{ident}"):
                broken = await c.get(path, headers=bearer(app))
                assert broken.status_code == 500
                assert broken.json()["code"] == "MOCK_CONTRACT_VIOLATION"
                assert "gpu_count" in broken.json()["error"]
        record["gpu_count"] = good
        assert (await c.get(listing, headers=bearer(app))).content == first.content
    assert len(app.violations) == 4


async def test_a_header_that_breaks_its_schema_is_caught_after_valid_ones_passed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = make_app()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as c:
        assert (await c.get("/v1/cost/summary", headers=bearer(app))).status_code == 200
        original = app.runtime.rate_limiter.take

        def negative_remaining(key: str, limit: int) -> Any:
            decision = original(key, limit)
            decision.remaining = -1  # X-RateLimit-Remaining has minimum 0
            return decision

        monkeypatch.setattr(app.runtime.rate_limiter, "take", negative_remaining)
        for _ in range(2):
            r = await c.get("/v1/cost/summary", headers=bearer(app))
            assert r.status_code == 500
            assert "X-RateLimit-Remaining" in r.json()["error"]


async def test_remembered_verdicts_stay_within_their_memory_budget() -> None:
    # Every answer carries a new X-Request-Id, so the headers that passed are forgotten in bulk
    # when their budget is spent, instead of growing with every request.
    per_entry = Passed.OVERHEAD + 32  # a 32-character request id
    small = Passed(max_bytes=10 * per_entry)
    for i in range(100):
        small.add(("/components/headers/X-Request-Id", f"{i:032x}"))
        assert 1 <= len(small) <= 10
    assert ("/components/headers/X-Request-Id", f"{99:032x}") in small
    big = ("/components/schemas/X", b"x" * (small.max_item_bytes + 1))
    small.add(big)  # larger than an entry may be: not remembered
    assert big not in small
