"""The drift classifier on a small spec: which answers are additive drift, which are breaking."""

from __future__ import annotations

import functools
import json
from typing import Any

import pytest

from .drift import Classifier, Drift, tolerant, unique
from .support import operations, spec

SEVERITY = {"type": "string", "enum": ["critical", "warning"], "x-extensible-enum": True}
STATE = {"type": "string", "enum": ["running", "stopped"]}  # closed
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/v1/alerts": {
            "get": {
                "operationId": "alert_list",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/AlertList"}}
                        },
                    },
                    "404": {"$ref": "#/components/responses/NotFound"},
                },
            }
        },
        "/v1/report": {
            "get": {
                "operationId": "report_get",
                "responses": {"200": {"description": "csv", "content": {"text/csv": {}}}},
            }
        },
    },
    "components": {
        "responses": {
            "NotFound": {
                "description": "not found",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            }
        },
        "schemas": {
            "Severity": SEVERITY,
            "Error": {
                "type": "object",
                "required": ["success", "code"],
                "properties": {"success": {"const": False}, "code": {"type": "string"}},
            },
            "Alert": {
                "type": "object",
                "required": ["id", "severity", "count"],
                "properties": {
                    "id": {"type": "string"},
                    "severity": {"$ref": "#/components/schemas/Severity"},
                    "count": {"type": "integer"},
                    "state": {"anyOf": [STATE, {"type": "null"}]},
                    "details": {"type": "object", "additionalProperties": {"type": "number"}},
                },
            },
            "Cloud": {
                "allOf": [
                    {"$ref": "#/components/schemas/Alert"},
                    {"type": "object", "properties": {"region": {"type": "string"}}},
                ]
            },
            "AlertList": {
                "type": "object",
                "required": ["success", "data"],
                "properties": {
                    "success": {"const": True},
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/Cloud"}},
                },
            },
        },
    },
}
ALERT = {"id": "alr_1", "severity": "critical", "count": 3, "state": "running", "details": {"cpu": 1.5}}


@functools.cache
def _project() -> Classifier:
    return Classifier(spec())


def classify(
    *alerts: dict[str, Any], status: int = 200, content_type: str = "application/json"
) -> list[Drift]:
    body = json.dumps({"success": True, "data": list(alerts)}).encode()
    return Classifier(SPEC).classify("alert_list", status, content_type, body)


def kinds(found: list[Drift]) -> list[tuple[str, str]]:
    return [(d.kind, d.path) for d in found]


def test_a_healthy_answer_has_no_drift() -> None:
    assert classify(ALERT, {**ALERT, "region": "eu-west-1", "state": None}) == []


def test_a_value_outside_an_extensible_enum_is_additive() -> None:
    found = classify(ALERT, {**ALERT, "severity": "urgent"})
    assert kinds(found) == [("additive", "$.data[1].severity")]
    assert found[0].value == '"urgent"'
    assert found[0].operation_id == "alert_list"
    assert 'alert_list $.data[1].severity = "urgent"' in found[0].line()


def test_a_field_the_spec_does_not_list_is_additive_even_without_additional_properties_false() -> None:
    found = classify({**ALERT, "escalation": {"level": 2}})
    assert kinds(found) == [("additive", "$.data[0].escalation")]
    assert found[0].value == '{"level": 2}'


def test_fields_of_every_allof_branch_are_listed_and_map_keys_are_data() -> None:
    # `region` comes from the second allOf branch, `details` is a map whose keys are data.
    assert classify({**ALERT, "region": "us-east-1", "details": {"new_key": 2.0}}) == []


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"count": "3"}, "$.data[0].count"),  # a number as a string
        ({"count": 2.5}, "$.data[0].count"),  # a float for an integer
        ({"severity": 5}, "$.data[0].severity"),  # an extensible enum still has a type
        ({"state": "exploded"}, "$.data[0].state"),  # a closed enum stays closed
        ({"details": {"cpu": "high"}}, "$.data[0].details.cpu"),
    ],
)
def test_a_wrong_value_is_breaking(change: dict[str, Any], path: str) -> None:
    found = classify({**ALERT, **change})
    assert [d.kind for d in found] == ["breaking"], found
    assert found[0].path == path


def test_a_missing_required_field_is_breaking() -> None:
    found = classify({k: v for k, v in ALERT.items() if k != "count"})
    assert kinds(found) == [("breaking", "$.data[0]")]
    assert "'count' is a required property" in found[0].message


def test_additive_and_breaking_drift_are_both_reported() -> None:
    found = classify({**ALERT, "severity": "urgent", "count": "x", "new": 1})
    assert sorted(kinds(found)) == [
        ("additive", "$.data[0].new"),
        ("additive", "$.data[0].severity"),
        ("breaking", "$.data[0].count"),
    ]


def test_an_undocumented_status_is_breaking_and_a_documented_error_is_checked() -> None:
    found = Classifier(SPEC).classify("alert_list", 520, "application/json", b"{}")
    assert kinds(found) == [("breaking", "status")]
    assert "undocumented status" in found[0].message
    error = json.dumps({"success": False, "code": "NOT_FOUND"}).encode()
    assert Classifier(SPEC).classify("alert_list", 404, "application/json", error) == []
    assert kinds(Classifier(SPEC).classify("alert_list", 404, "application/json", b'{"success": false}')) == [
        ("breaking", "$")
    ]


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/html", b"<html>502 Bad Gateway</html>"),
        ("application/json", b"<html>"),
        ("application/json", b'["not", "an", "envelope"]'),
        ("application/json", b'{"data": []}'),
    ],
)
def test_a_broken_envelope_is_breaking(content_type: str, body: bytes) -> None:
    found = Classifier(SPEC).classify("alert_list", 200, content_type, body)
    assert found
    assert {d.kind for d in found} == {"breaking"}


def test_a_body_the_spec_does_not_describe_is_not_read() -> None:
    assert Classifier(SPEC).classify("report_get", 200, "text/csv", b"a,b\n1,2\n") == []


def test_tolerant_opens_extensible_enums_only() -> None:
    opened = tolerant(SPEC)["components"]["schemas"]
    assert "enum" not in opened["Severity"]
    assert opened["Severity"]["type"] == "string"
    assert SPEC["components"]["schemas"]["Severity"]["enum"] == ["critical", "warning"]  # a copy
    assert opened["Alert"]["properties"]["state"]["anyOf"][0]["enum"] == ["running", "stopped"]


def test_unique_folds_list_indexes() -> None:
    found = classify({**ALERT, "severity": "urgent"}, {**ALERT, "severity": "urgent"})
    assert len(found) == 2
    assert len(unique(found)) == 1


def _success_examples() -> list[tuple[str, str, Any]]:
    cases = []
    for op_id, op in operations().items():
        for name, value in op.response_examples(op.success_status).items():
            if isinstance(value, dict):  # JSON answers (report_export's files are not read)
                cases.append((op_id, name, value))
    return cases


@pytest.mark.parametrize(("operation_id", "example", "value"), _success_examples())
def test_the_spec_examples_have_no_drift(operation_id: str, example: str, value: Any) -> None:
    """No false alarm on the real spec: its own success examples are neither additive nor breaking."""
    op = operations()[operation_id]
    body = json.dumps(value).encode()
    assert _project().classify(operation_id, op.success_status, "application/json", body) == []
