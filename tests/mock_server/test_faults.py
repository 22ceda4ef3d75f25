"""Fault injection: N failures then success, dropped connections, HTML, slow responses, Prefer."""

from __future__ import annotations

import time

import httpx
import pytest
from mock_helpers import bearer
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio


async def test_503_twice_then_success(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.post(
        "/_mock/faults", json={"operation_id": "cost_get_summary", "fault": "503", "times": 2}
    )
    assert r.status_code == 201
    statuses = [(await client.get("/v1/cost/summary", headers=bearer(app))) for _ in range(3)]
    assert [s.status_code for s in statuses] == [503, 503, 200]
    assert statuses[0].json()["code"] == "SERVICE_UNAVAILABLE"
    assert statuses[0].headers["Retry-After"] == "1"
    assert statuses[0].json()["trace_id"] == statuses[0].headers["X-Request-Id"]
    assert (await client.get("/_mock/faults")).json()["faults"] == []


@pytest.mark.parametrize(("fault", "status"), [("500", 500), ("520", 520), ("429", 429), ("html", 502)])
async def test_status_faults_by_path(
    client: httpx.AsyncClient, app: MockApp, fault: str, status: int
) -> None:
    await client.post("/_mock/faults", json={"path": "/v1/cost/summary", "fault": fault})
    r = await client.get("/v1/cost/summary", headers=bearer(app))
    assert r.status_code == status
    if fault == "html":
        assert r.headers["content-type"].startswith("text/html")
    else:
        assert r.json()["success"] is False
    assert (await client.get("/v1/cost/summary", headers=bearer(app))).status_code == 200


async def test_fault_on_a_templated_path(client: httpx.AsyncClient, app: MockApp) -> None:
    await client.post("/_mock/faults", json={"path": "/v1/gpu/instances/{id}", "fault": "500"})
    r = await client.get("/v1/gpu/instances/gpu_8DwkNhFdnXsiVp", headers=bearer(app))
    assert r.status_code == 500


async def test_reset_and_truncated_drop_the_connection(client: httpx.AsyncClient, app: MockApp) -> None:
    for fault in ("reset", "truncated"):
        await client.post("/_mock/faults", json={"operation_id": "cost_get_summary", "fault": fault})
        with pytest.raises(ConnectionResetError):
            await client.get("/v1/cost/summary", headers=bearer(app))
    assert (await client.get("/v1/cost/summary", headers=bearer(app))).status_code == 200


async def test_slow_then_normal(client: httpx.AsyncClient, app: MockApp) -> None:
    await client.post(
        "/_mock/faults", json={"operation_id": "cost_get_summary", "fault": "slow", "delay_ms": 150}
    )
    started = time.perf_counter()
    r = await client.get("/v1/cost/summary", headers=bearer(app))
    assert r.status_code == 200
    assert time.perf_counter() - started >= 0.15


async def test_until_cleared_and_delete(client: httpx.AsyncClient, app: MockApp) -> None:
    await client.post(
        "/_mock/faults", json={"operation_id": "cost_get_summary", "fault": "500", "times": None}
    )
    for _ in range(3):
        assert (await client.get("/v1/cost/summary", headers=bearer(app))).status_code == 500
    await client.delete("/_mock/faults")
    assert (await client.get("/v1/cost/summary", headers=bearer(app))).status_code == 200


async def test_bad_fault_requests(client: httpx.AsyncClient) -> None:
    assert (
        await client.post("/_mock/faults", json={"operation_id": "cost_get_summary", "fault": "418"})
    ).status_code == 400
    assert (await client.post("/_mock/faults", json={"fault": "500"})).status_code == 400
    assert (
        await client.post("/_mock/faults", json={"operation_id": "nope", "fault": "500"})
    ).status_code == 404


async def test_prefer_code_answers_the_documented_example(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.get(
        "/v1/gpu/instances/gpu_8DwkNhFdnXsiVp", headers={**bearer(app), "Prefer": "code=404"}
    )
    assert r.status_code == 404
    body = r.json()
    assert body["code"] == "NOT_FOUND"
    assert body["trace_id"] == r.headers["X-Request-Id"]
    r = await client.get("/v1/cost/summary", headers={**bearer(app), "Prefer": "code=429"})
    assert r.status_code == 429
    assert int(r.headers["Retry-After"]) >= 1
    r = await client.get("/v1/cost/summary", headers={**bearer(app), "Prefer": "code=401"})
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"].startswith("Bearer")


async def test_prefer_undocumented_code_is_refused(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.get("/v1/cost/summary", headers={**bearer(app), "Prefer": "code=404"})
    assert r.status_code == 400  # cost_get_summary documents no 404
    assert r.json()["details"][0]["field"] == "Prefer"


async def test_prefer_example_by_name(client: httpx.AsyncClient, app: MockApp) -> None:
    named = [
        (op, status, name)
        for op in app.spec.operations
        for status, resp in op.responses.items()
        for media in resp.content.values()
        for name in media.examples
    ]
    if not named:
        pytest.skip("the spec has no named examples")
    op, status, name = named[0]
    path = op.path
    for p in op.params:
        if p.location == "path":
            path = path.replace(
                "{" + p.name + "}",
                str(app.spec.resolve_pointer(p.schema_pointer.rsplit("/schema", 1)[0])["example"]),
            )
    r = await client.request(op.method, path, headers={**bearer(app), "Prefer": f"example={name}"})
    assert r.status_code == int(status)
    r = await client.request(op.method, path, headers={**bearer(app), "Prefer": "example=no-such-example"})
    assert r.status_code == 400
