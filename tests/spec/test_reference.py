"""The spec against the reference's facts kept in openapi/reference/api-reference.yaml."""

from __future__ import annotations

from email.utils import parsedate_to_datetime
from typing import Any

from _spec import iter_operations

STATUS_RESPONSES = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "403": "Forbidden",
    "404": "NotFound",
    "409": "Conflict",
    "429": "TooManyRequests",
    "500": "InternalError",
}


def test_reference_data_lists_each_operation_once_with_a_purpose(reference: dict[str, Any]) -> None:
    keys = [(op["method"], op["path"]) for op in reference["operations"]]
    assert len(keys) == len(set(keys))
    assert all(op["purpose"].strip() for op in reference["operations"])
    assert all(
        op["path"].startswith(reference["versioning"]["path_prefix"]) for op in reference["operations"]
    )


def test_base_url_is_a_server_plus_the_version_prefix(
    spec: dict[str, Any], reference: dict[str, Any]
) -> None:
    servers = {s["url"] for s in spec["servers"]}
    prefix = reference["versioning"]["path_prefix"]
    assert reference["base_url"].removesuffix(prefix) in servers


def test_every_reference_status_code_is_documented(spec: dict[str, Any], reference: dict[str, Any]) -> None:
    used = {code for _, _, op in iter_operations(spec) for code in op["responses"]}
    assert set(reference["status_codes"]) <= used
    for code, name in STATUS_RESPONSES.items():
        assert code in reference["status_codes"]
        assert name in spec["components"]["responses"]


def test_rate_limit_headers_are_the_reference_headers(
    spec: dict[str, Any], reference: dict[str, Any]
) -> None:
    assert set(reference["rate_limits"]["headers"]) <= set(spec["components"]["headers"])


def test_deprecated_paths_emit_the_reference_header(spec: dict[str, Any], reference: dict[str, Any]) -> None:
    deprecated = reference["deprecated_endpoints"]
    for path in deprecated["paths"]:
        ok = spec["paths"][path]["get"]["responses"]["200"]
        assert deprecated["response_header"] in ok["headers"]
        sunset = parsedate_to_datetime(ok["headers"]["Sunset"]["example"])
        assert sunset.date().isoformat() == deprecated["removed_after"]


def test_tenant_switch_and_signature_headers(spec: dict[str, Any], reference: dict[str, Any]) -> None:
    tenant = spec["components"]["parameters"]["ActiveTenantId"]
    assert tenant["name"] == reference["tenant_scoping"]["switch_header"]
    assert tenant["schema"]["format"] == reference["tenant_scoping"]["switch_header_format"]
    assert reference["webhooks"]["signature_header"] in str(spec["webhooks"])
