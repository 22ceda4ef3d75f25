"""The API reference's own examples validate against the spec's schemas (issue 9).

The examples are copied verbatim from the reference's "Login", "Refresh" and "Common response
shape" sections, so that the spec can never again reject what the reference shows. Formats
(`uuid`, `email`) are annotations in JSON Schema 2020-12; the reference writes placeholders such
as `"uuid-of-tenant"`, so the verbatim examples are checked without a format checker, and a
filled-in copy with one.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from _spec import iter_operations, resolve
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry

LOGIN_REQUEST = {"email": "user@company.com", "password": "...", "tenant_id": "uuid-of-tenant"}
LOGIN_ANSWER = {
    "success": True,
    "data": {
        "accessToken": "eyJhbG...",
        "refreshToken": "eyJhbG...",
        "user": {"id": 1, "email": "user@company.com", "role": "admin"},
    },
}
REFRESH_REQUEST = {"refreshToken": "eyJhbG..."}
SUCCESS_FRAME = {"success": True, "count": 1}  # the reference's `"data": { ... }` is filled per operation
ERROR_ENVELOPE = {
    "success": False,
    "error": "Human-readable message",
    "code": "VALIDATION_FAILED",
    "trace_id": "7a0db7e045...",
}
A_TENANT = "3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01"


def _errors(registry: Registry, schema_name: str, instance: Any, formats: bool = False) -> list[str]:
    schema = {"$ref": f"urn:tensorcost#/components/schemas/{schema_name}"}
    checker = FormatChecker() if formats else None
    validator = Draft202012Validator(schema, registry=registry, format_checker=checker)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(instance)]


@pytest.mark.parametrize(
    ("schema_name", "example"),
    [
        ("LoginRequest", LOGIN_REQUEST),
        ("LoginResponse", LOGIN_ANSWER),
        ("RefreshTokensRequest", REFRESH_REQUEST),
        ("ErrorResponse", ERROR_ENVELOPE),
    ],
    ids=["login request", "login answer", "refresh request", "error envelope"],
)
def test_reference_example_validates(registry: Registry, schema_name: str, example: Any) -> None:
    assert _errors(registry, schema_name, example) == []


def test_filled_in_login_request_passes_format_checks(registry: Registry) -> None:
    filled = {**LOGIN_REQUEST, "tenant_id": A_TENANT}
    assert _errors(registry, "LoginRequest", filled, formats=True) == []
    assert _errors(registry, "LoginResponse", LOGIN_ANSWER, formats=True) == []


def test_login_answer_needs_only_the_tokens_and_the_user(registry: Registry) -> None:
    for missing in ("accessToken", "refreshToken", "user"):
        answer = copy.deepcopy(LOGIN_ANSWER)
        del answer["data"][missing]
        assert _errors(registry, "LoginResponse", answer), f"{missing} is required by the reference"


def _success_envelopes(spec: dict[str, Any]) -> list[tuple[str, str, Any, bool]]:
    found = []
    for path, method, op in iter_operations(spec):
        for code, response in op["responses"].items():
            content = response.get("content", {}).get("application/json")
            if not code.startswith("2") or not content:
                continue
            example = content.get("example")
            if example is None:
                example = next(iter(content["examples"].values()))["value"]
            name = content["schema"]["$ref"].rsplit("/", 1)[1]
            pages = "next_cursor" in spec["components"]["schemas"][name]["properties"]
            found.append((f"{method.upper()} {path}", name, example, pages))
    return found


def test_every_success_envelope_takes_the_reference_frame(spec: dict[str, Any], registry: Registry) -> None:
    """`{"success": true, "data": ..., "count": 1}` fits every success envelope (lists that page add `next_cursor`)."""
    envelopes = _success_envelopes(spec)
    assert len(envelopes) > 60
    for where, name, example, paginated in envelopes:
        answer = {**SUCCESS_FRAME, "data": example["data"]}
        if paginated:
            answer["next_cursor"] = None
            assert set(resolve(spec, spec["components"]["schemas"][name])["required"]) <= {
                "success",
                "data",
                "next_cursor",
            }, where
        if isinstance(example["data"], list) and len(example["data"]) != 1:
            answer["count"] = len(example["data"])
        assert _errors(registry, name, json.loads(json.dumps(answer))) == [], where
