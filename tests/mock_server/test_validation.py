"""Request validation: every parameter location and the body answer 400 in the spec's envelope."""

from __future__ import annotations

import httpx
import pytest
from mock_helpers import bearer
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio


def assert_envelope(r: httpx.Response, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["success"] is False
    assert body["code"] == code
    assert body["trace_id"] == r.headers["X-Request-Id"]
    for name in ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"):
        assert name in r.headers
    return body


async def test_query_bound_names_field_and_location(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.get("/v1/gpu/instances", params={"limit": 501}, headers=bearer(app))
    body = assert_envelope(r, 400, "VALIDATION_FAILED")
    assert body["details"] == [
        {"location": "query", "field": "limit", "message": body["details"][0]["message"]}
    ]
    assert "500" in body["details"][0]["message"]
    assert '"limit"' in body["error"]


async def test_query_type_enum_and_format(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.get(
        "/v1/gpu/instances",
        params={"limit": "ten", "state": "melting"},
        headers=bearer(app),
    )
    body = assert_envelope(r, 400, "VALIDATION_FAILED")
    fields = {d["field"] for d in body["details"]}
    assert fields == {"limit", "state"}
    r = await client.get("/v1/cost/summary", params={"start": "yesterday"}, headers=bearer(app))
    body = assert_envelope(r, 400, "VALIDATION_FAILED")
    assert body["details"][0]["field"] == "start"
    assert "date-time" in body["details"][0]["message"]


async def test_array_query_param_items_are_validated(client: httpx.AsyncClient, app: MockApp) -> None:
    ok = await client.get("/v1/gpu/instances", params={"tags": "team:ml,env:prod"}, headers=bearer(app))
    assert ok.status_code == 200, ok.text
    repeated = await client.get(
        "/v1/gpu/instances", params=[("tags", "team:ml"), ("tags", "env:prod")], headers=bearer(app)
    )
    assert repeated.json() == ok.json()
    r = await client.get("/v1/gpu/instances", params={"tags": "team:ml,no-colon"}, headers=bearer(app))
    body = assert_envelope(r, 400, "VALIDATION_FAILED")
    assert body["details"][0]["field"] == "tags.1"


async def test_unknown_query_parameter_is_rejected(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.get("/v1/cost/summary", params={"limt": 5}, headers=bearer(app))
    body = assert_envelope(r, 400, "VALIDATION_FAILED")
    assert body["details"][0]["field"] == "limt"
    assert "expected: end, start" in body["details"][0]["message"]


async def test_header_parameter_format(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.get("/v1/cost/summary", headers={**bearer(app), "X-Active-Tenant-Id": "not-a-uuid"})
    body = assert_envelope(r, 400, "VALIDATION_FAILED")
    assert body["details"][0] == {
        "location": "header",
        "field": "X-Active-Tenant-Id",
        "message": body["details"][0]["message"],
    }


async def test_an_id_of_any_shape_the_tenant_lacks_is_not_found(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    """Ids are opaque strings (the reference gives them no format): no 400 for their shape."""
    r = await client.get("/v1/gpu/instances/gpu-1234", headers=bearer(app))
    body = assert_envelope(r, 404, "NOT_FOUND")
    assert "gpu-1234" in body["error"]


async def test_concrete_path_wins_over_template(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.get("/v1/gpu/instances/idle", headers=bearer(app))
    assert r.status_code == 200, r.text  # not a 400 for id="idle"


async def test_body_required_field_type_and_nested_path(client: httpx.AsyncClient) -> None:
    r = await client.post("/v1/auth/login", json={"email": "ana.ruiz@acme-ai.com", "tenant_id": 7})
    body = assert_envelope(r, 400, "VALIDATION_FAILED")
    problems = {d["field"]: d for d in body["details"]}
    assert problems["password"]["message"] == "is required"
    assert problems["tenant_id"]["location"] == "body"


async def test_nested_body_field_is_dotted(client: httpx.AsyncClient, app: MockApp) -> None:
    op = app.spec.by_id["enforcement_create_policy"]
    example = app.spec.resolve_pointer(op.body_schema_pointer.rsplit("/schema", 1)[0])["example"]
    broken = {**example, "conditions": [{**example["conditions"][0], "threshold": "high"}]}
    r = await client.post("/v1/enforcement/policies", json=broken, headers=bearer(app))
    body = assert_envelope(r, 400, "VALIDATION_FAILED")
    assert any(d["field"].startswith("conditions.0.") for d in body["details"]), body


async def test_malformed_json(client: httpx.AsyncClient) -> None:
    r = await client.post(
        "/v1/auth/login", content=b'{"email": "a@b.c",', headers={"Content-Type": "application/json"}
    )
    assert_envelope(r, 400, "MALFORMED_JSON")


async def test_missing_body_and_wrong_content_type(client: httpx.AsyncClient) -> None:
    r = await client.post("/v1/auth/login")
    body = assert_envelope(r, 400, "VALIDATION_FAILED")
    assert body["details"][0]["location"] == "body"
    r = await client.post(
        "/v1/auth/login", content=b"email=a", headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    body = assert_envelope(r, 400, "VALIDATION_FAILED")
    assert body["details"][0]["field"] == "Content-Type"


async def test_unknown_path_is_404_envelope(client: httpx.AsyncClient) -> None:
    r = await client.get("/v1/nothing/here")
    assert_envelope(r, 404, "NOT_FOUND")


async def test_wrong_method_is_405_with_allow(client: httpx.AsyncClient) -> None:
    r = await client.put("/v1/alert/rules")
    assert_envelope(r, 405, "METHOD_NOT_ALLOWED")
    assert r.headers["Allow"] == "GET, POST"


async def test_defaults_written_beside_a_ref_reach_the_handler(app: MockApp) -> None:
    # The spec writes these defaults next to a $ref ({"$ref": ..., "default": "open"}), which is valid
    # OpenAPI 3.1; the engine must not lose them when it dereferences the parameter's schema.
    from tensorcost_mock.spec.validation import RequestValidator

    recs = RequestValidator(app.spec.by_id["cost_list_recommendations"], app.validator_cache)
    assert recs.defaults["status"] == "open"
    forecast = RequestValidator(app.spec.by_id["cost_get_forecast"], app.validator_cache)
    assert {
        k: forecast.defaults[k] for k in ("horizon_days", "granularity", "prediction_interval_level")
    } == {
        "horizon_days": 30,
        "granularity": "daily",
        "prediction_interval_level": 80,
    }


async def test_lower_case_and_extreme_date_times_on_every_service(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    # RFC 3339 allows t/z in lower case, and an offset may put an instant beyond datetime's range:
    # both are valid date-times, so no service may answer them with a 500 (state.parse_time).
    for path in (
        "/v1/cost/summary",
        "/v1/ai/spend",
        "/v1/alert/alerts",
        "/v1/alert/incidents",
        "/v1/identity/audit",
    ):
        for params in (
            {"start": "2026-11-01t00:00:00z"},
            {"start": "2026-11-01t00:00:00z", "end": "9999-12-31T23:59:59-14:00"},
        ):
            r = await client.get(path, params=params, headers=bearer(app))
            assert r.status_code == 200, (path, params, r.text)


async def test_a_remembered_query_string_answers_fresh_values_and_problems_every_time(app: MockApp) -> None:
    # Valid query strings are remembered per operation: a handler that changes the values it got
    # must not change what the next request with the same query string gets.
    from tensorcost_mock.spec.validation import RequestValidator

    gpu = RequestValidator(app.spec.by_id["gpu_list_instances"], app.validator_cache)
    query = "state=running&tags=team:ml&tags=env:prod&limit=20"
    first, problems = gpu.read_query(query)
    assert problems == []
    assert first == {"state": "running", "tags": ["team:ml", "env:prod"], "limit": 20}
    first["tags"].append("owner:me")
    first["limit"] = 5
    assert gpu.read_query(query) == ({"state": "running", "tags": ["team:ml", "env:prod"], "limit": 20}, [])
    for _ in range(2):  # a query string with problems is judged again each time
        _, bad = gpu.read_query("state=melted&limt=20")
        assert {p["field"] for p in bad} == {"state", "limt"}
