"""Structural rules of openapi/tensorcost.yaml (issue 2, section 2)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from _spec import iter_operations, resolve
from conftest import load_reference

TAGS = {
    "auth",
    "cost",
    "gpu",
    "ai",
    "alert",
    "enforcement",
    "integration",
    "tenant",
    "identity",
    "notification",
    "report",
}
V1_OPERATION_COUNT = 65
PAGINATED = {
    "gpu_list_instances",
    "gpu_get_instance_metrics",
    "ai_list_spend",
    "alert_list_alerts",
    "alert_list_incidents",
    "enforcement_list_actions",
    "cost_list_savings_ledger",
    "integration_list_sync_history",
    "identity_list_audit_events",
    "tenant_list_members",
}
WEBHOOK_EVENTS = {
    "alert.triggered",
    "alert.resolved",
    "budget.threshold_crossed",
    "anomaly.detected",
    "recommendation.created",
    "enforcement.action_queued",
    "integration.sync_failed",
}
SECRET_NAMES = re.compile(
    r"^(?!has_).*(password|secret|api_key|routing_key|webhook_url|private_key|service_account_json)$"
)


def reference_endpoints() -> set[tuple[str, str]]:
    """Every `METHOD /v1/...` the API reference names (openapi/reference/api-reference.yaml)."""
    return {(op["method"].lower(), op["path"]) for op in load_reference()["operations"]}


def v1_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [op for op in iter_operations(spec) if op[0].startswith("/v1/")]


def param_names(spec: dict[str, Any], op: dict[str, Any], where: str) -> set[str]:
    return {resolve(spec, p)["name"] for p in op.get("parameters", []) if resolve(spec, p)["in"] == where}


def test_openapi_31_with_2020_12_dialect(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1.")
    assert spec["jsonSchemaDialect"] == "https://json-schema.org/draft/2020-12/schema"


def test_servers_production_and_mock_without_v1_suffix(spec: dict[str, Any]) -> None:
    urls = [s["url"] for s in spec["servers"]]
    assert "https://api.tensorcost.com" in urls
    assert "http://127.0.0.1:4010" in urls
    assert not [u for u in urls if u.rstrip("/").endswith("/v1")]


def test_one_described_tag_per_service(spec: dict[str, Any]) -> None:
    tags = {t["name"]: t for t in spec["tags"]}
    assert set(tags) == TAGS
    assert all(t.get("description") for t in tags.values())


def test_every_reference_endpoint_is_in_the_spec(spec: dict[str, Any]) -> None:
    expected = reference_endpoints()
    assert ("post", "/v1/auth/login") in expected
    assert ("post", "/v1/auth/refresh-tokens") in expected
    actual = {(method, path) for path, method, _ in v1_operations(spec)}
    assert expected - actual == set()
    assert actual - expected == set(), "the spec has /v1 operations the reference does not list"
    assert len(actual) == V1_OPERATION_COUNT


def test_idle_and_templated_instance_paths_coexist(spec: dict[str, Any]) -> None:
    assert "/v1/gpu/instances/idle" in spec["paths"]
    assert "/v1/gpu/instances/{id}" in spec["paths"]


def test_operation_ids_are_unique_and_tag_prefixed(spec: dict[str, Any]) -> None:
    seen: set[str] = set()
    for path, method, op in iter_operations(spec):
        op_id = op["operationId"]
        assert op_id not in seen, f"duplicate operationId {op_id}"
        seen.add(op_id)
        assert len(op["tags"]) == 1, f"{method} {path} needs exactly one tag"
        tag = op["tags"][0]
        assert re.fullmatch(rf"{tag}_[a-z][a-z0-9_]*", op_id), f"{op_id} is not `{tag}_<method>`"


@pytest.mark.parametrize(
    "op_id",
    [
        "cost_get_summary",
        "cost_accept_recommendation",
        "gpu_list_instances",
        "gpu_list_idle_instances",
        "gpu_get_instance_metrics",
        "report_export",
        "auth_login",
        "auth_refresh_tokens",
    ],
)
def test_operation_ids_named_by_the_issue(spec: dict[str, Any], op_id: str) -> None:
    assert op_id in {op["operationId"] for _, _, op in iter_operations(spec)}


def test_security_is_global_bearer_and_open_only_for_login_and_refresh(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"], scheme["bearerFormat"]) == ("http", "bearer", "JWT")
    assert spec["security"] == [{"bearerAuth": []}]
    open_ops = {op["operationId"] for _, _, op in iter_operations(spec) if op.get("security") == []}
    assert open_ops == {"auth_login", "auth_refresh_tokens"}


def test_tenant_header_on_every_tenant_scoped_operation(spec: dict[str, Any]) -> None:
    for path, method, op in iter_operations(spec):
        refs = [p.get("$ref") for p in op.get("parameters", [])]
        scoped = op["tags"] != ["auth"]
        assert ("#/components/parameters/ActiveTenantId" in refs) == scoped, f"{method} {path}"
    header = spec["components"]["parameters"]["ActiveTenantId"]
    assert header["name"] == "X-Active-Tenant-Id"
    assert header["required"] is False
    assert header["schema"]["format"] == "uuid"


def test_idempotency_key_on_every_post(spec: dict[str, Any]) -> None:
    for path, method, op in iter_operations(spec):
        if method == "post":
            refs = [p.get("$ref") for p in op.get("parameters", [])]
            assert "#/components/parameters/IdempotencyKey" in refs, f"POST {path}"


def test_error_responses_per_operation(spec: dict[str, Any]) -> None:
    for path, method, op in iter_operations(spec):
        codes = set(op["responses"])
        where = f"{method} {path}"
        assert {"401", "403", "429", "500"} <= codes, where
        if op.get("parameters") or op.get("requestBody"):
            assert "400" in codes, where
        if op.get("requestBody"):
            assert "413" in codes, f"{where}: a body above the size limit is 413 PAYLOAD_TOO_LARGE"
        if param_names(spec, op, "path") - {"resource"}:
            assert "404" in codes, where
        if "201" in codes or method == "post":
            assert "409" in codes, f"{where}: creates (DUPLICATE) and POSTs (IDEMPOTENCY_KEY_REUSED) list 409"
        for code in ("400", "401", "403", "404", "409", "413", "429", "500"):
            if code in op["responses"]:
                assert "$ref" in op["responses"][code], f"{where} {code} should use components/responses"


def test_shared_error_responses_and_headers(spec: dict[str, Any]) -> None:
    responses = spec["components"]["responses"]
    for name in (
        "BadRequest",
        "Unauthorized",
        "Forbidden",
        "NotFound",
        "Conflict",
        "PayloadTooLarge",
        "TooManyRequests",
        "InternalError",
    ):
        response = responses[name]
        assert response["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/ErrorResponse"
        }
        assert {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"} <= set(response["headers"])
        assert re.search(r"`[A-Z_]+`", response["description"]), f"{name} documents its error codes"
    assert "Retry-After" in responses["TooManyRequests"]["headers"]
    assert "WWW-Authenticate" in responses["Unauthorized"]["headers"]


def test_rate_limit_headers_on_every_success_response(spec: dict[str, Any]) -> None:
    for path, method, op in iter_operations(spec):
        for code, response in op["responses"].items():
            if code.startswith("2"):
                headers = set(response.get("headers", {}))
                assert {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"} <= headers, (
                    f"{method} {path} {code}"
                )


def test_success_envelopes_are_named_refs(spec: dict[str, Any]) -> None:
    for path, method, op in iter_operations(spec):
        for code, response in op["responses"].items():
            content = response.get("content", {}).get("application/json")
            if code.startswith("2") and content:
                ref = content["schema"].get("$ref", "")
                assert ref.endswith("Response"), f"{method} {path} {code}: envelope must be a named $ref"
                envelope = resolve(spec, content["schema"])
                assert envelope["properties"]["success"]["const"] is True
                assert {"success", "data"} <= set(envelope["required"])


def test_paginated_lists(spec: dict[str, Any]) -> None:
    marked = {op["operationId"] for _, _, op in iter_operations(spec) if op.get("x-pagination") == "cursor"}
    assert marked >= PAGINATED
    for path, method, op in iter_operations(spec):
        if op["operationId"] not in marked:
            continue
        assert {"limit", "cursor"} <= param_names(spec, op, "query"), f"{method} {path}"
        success = next(r for c, r in op["responses"].items() if c.startswith("2"))
        envelope = resolve(spec, success["content"]["application/json"]["schema"])
        assert "next_cursor" in envelope["required"], f"{method} {path}"
        assert envelope["properties"]["next_cursor"]["type"] == ["string", "null"]


def test_reference_filters_are_real_parameters(spec: dict[str, Any]) -> None:
    ops = {op["operationId"]: op for _, _, op in iter_operations(spec)}
    assert {"state", "instance_type", "gpu_type", "region"} <= param_names(
        spec, ops["gpu_list_instances"], "query"
    )
    assert {"source", "model_id", "application", "team", "start", "end"} <= param_names(
        spec, ops["ai_list_spend"], "query"
    )
    assert {"hours", "limit"} <= param_names(spec, ops["gpu_get_instance_metrics"], "query")
    assert "format" in param_names(spec, ops["report_export"], "query")


def test_export_resources_formats_and_media_types(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/v1/report/exports/{resource}"]["get"]
    params = {resolve(spec, p)["name"]: resolve(spec, p) for p in op["parameters"]}
    resource_schema = resolve(spec, params["resource"]["schema"])
    assert set(resource_schema["enum"]) == {"instances", "cost", "ai-spend", "alerts", "metrics", "savings"}
    assert set(resolve(spec, params["format"]["schema"])["enum"]) == {"csv", "pdf"}
    assert set(op["responses"]["200"]["content"]) == {"text/csv", "application/pdf"}


def test_money_is_a_decimal_string_with_currency(spec: dict[str, Any]) -> None:
    money = spec["components"]["schemas"]["Money"]
    assert money["required"] == ["amount", "currency"]
    assert money["properties"]["amount"]["type"] == "string"
    pattern = re.compile(money["properties"]["amount"]["pattern"])
    assert pattern.fullmatch("-12.50")
    assert pattern.fullmatch("0.000000150")
    assert not pattern.fullmatch("12.5e3")


def _walk_schemas(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []

    def walk(where: str, node: Any) -> None:
        if isinstance(node, dict):
            if "properties" in node:
                found.append((where, node))
            for key, value in node.items():
                walk(f"{where}/{key}", value)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(f"{where}/{index}", value)

    walk("#/components/schemas", spec["components"]["schemas"])
    return found


def test_every_schema_and_property_is_described(spec: dict[str, Any]) -> None:
    for name, schema in spec["components"]["schemas"].items():
        assert schema.get("description"), f"schema {name} needs a description"
    for where, schema in _walk_schemas(spec):
        for prop, sub in schema["properties"].items():
            if "$ref" not in sub:
                assert sub.get("description"), f"{where}/properties/{prop} needs a description"


def _response_schema_names(spec: dict[str, Any]) -> set[str]:
    """Every component schema reachable from a success response."""
    names: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in names:
                    names.add(name)
                    visit(spec["components"]["schemas"][name])
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    for _, _, op in iter_operations(spec):
        for code, response in op["responses"].items():
            if code.startswith("2"):
                visit(response.get("content", {}))
    return names


def test_secrets_are_write_only_and_never_in_responses(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert schemas["LoginRequest"]["properties"]["password"]["writeOnly"] is True
    once = {"AgentCredentialCreated"}
    for name in _response_schema_names(spec) - once:
        for prop, sub in schemas[name].get("properties", {}).items():
            assert not SECRET_NAMES.search(prop), f"{name}.{prop} leaks a secret in a response"
            assert not sub.get("writeOnly"), f"{name}.{prop} is writeOnly but sits in a response schema"


def test_agent_credential_create_returns_plaintext_secret_once(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/v1/identity/agent-credentials"]["post"]
    envelope = resolve(spec, op["responses"]["201"]["content"]["application/json"]["schema"])
    created = resolve(spec, envelope["properties"]["data"])
    assert "secret" in created["required"]
    assert re.search(
        r"\bonce\b|only in this response", created["properties"]["secret"]["description"].lower()
    )


def test_webhooks_catalog_and_signature(spec: dict[str, Any]) -> None:
    hooks = spec["webhooks"]
    names = set(hooks)
    assert names >= WEBHOOK_EVENTS
    for name in WEBHOOK_EVENTS:
        post = hooks[name]["post"]
        headers = {resolve(spec, p)["name"]: resolve(spec, p) for p in post["parameters"]}
        assert headers["X-TensorCost-Signature"]["required"] is True
        event = resolve(spec, post["requestBody"]["content"]["application/json"]["schema"])
        assert {"id", "type", "created", "data"} <= set(event["required"])
        assert event["properties"]["type"]["const"] == name
    text = str(spec["webhooks"]) + str(spec["components"])
    assert "300" in text
    assert "HMAC-SHA256" in text


def test_deprecated_pre_v1_paths(spec: dict[str, Any]) -> None:
    for path in ("/api/instances", "/api/costs"):
        op = spec["paths"][path]["get"]
        assert op["deprecated"] is True
        ok = op["responses"]["200"]
        assert {"Deprecation", "Sunset", "Link"} <= set(ok["headers"])
        assert "2026" in str(ok["headers"]["Sunset"])
        assert "410" in op["responses"]
        assert "Link" in op["responses"]["410"]["headers"]


def test_links_from_creates_point_at_real_operations(spec: dict[str, Any]) -> None:
    ops = {op["operationId"]: op for _, _, op in iter_operations(spec)}
    linked = 0
    for path, method, op in iter_operations(spec):
        for _code, response in op["responses"].items():
            for name, link in response.get("links", {}).items():
                target = ops[link["operationId"]]
                declared = {resolve(spec, p)["name"] for p in target.get("parameters", [])}
                assert set(link.get("parameters", {})) <= declared, f"{method} {path} link {name}"
                linked += 1
        if "201" in op["responses"]:
            assert op["responses"]["201"].get("links"), f"{method} {path}: creates link to what they created"
    assert linked >= 6


def test_no_stray_keys_from_folded_yaml(spec: dict[str, Any]) -> None:
    """A description cut at ", " in YAML flow style leaves a `"<rest>": null` key behind."""
    containers = {
        "properties",
        "examples",
        "example",
        "mapping",
        "links",
        "headers",
        "responses",
        "paths",
        "webhooks",
    }
    stray: list[str] = []

    def walk(node: Any, parent: str | None, where: str) -> None:
        if isinstance(node, dict):
            if parent not in containers:
                stray.extend(f"{where}/{k}" for k, v in node.items() if v is None and " " in str(k))
            for key, value in node.items():
                walk(value, str(key), f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, None, f"{where}/{index}")

    walk(spec, None, "#")
    assert stray == []
