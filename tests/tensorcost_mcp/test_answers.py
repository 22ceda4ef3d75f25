"""Answers sized for a model's context, and tool definitions derived from the spec (no server)."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
from tensorcost.mcp._answers import MAX_ANSWER_BYTES, fit, size
from tensorcost.mcp._catalog import may_call, operations
from tensorcost.mcp._invoke import json_answer
from tensorcost.mcp._tools import Selection, input_schema, output_schema, tool_annotations, tools


def _instances(n: int) -> list[dict[str, Any]]:
    return [
        {"id": f"gpu_{i:06d}", "name": "x" * 400, "hourly_cost": {"amount": "98.3200", "currency": "USD"}}
        for i in range(n)
    ]


def test_a_large_list_is_cut_under_the_limit_and_says_so() -> None:
    op = operations()["gpu_list_instances"]
    envelope = {"success": True, "data": _instances(500), "count": 500, "next_cursor": "abc"}
    result = json_answer(op, envelope, None)
    structured = result.structuredContent
    assert structured is not None
    assert size(structured) <= MAX_ANSWER_BYTES + 1_000  # data within the limit, plus the notes
    assert 0 < len(structured["data"]) < 500
    assert (
        structured["truncated"] == f"cut to fit the size limit: data: {len(structured['data'])} of 500 items"
    )
    assert "Truncated" in result.content[0].text
    assert structured["data"][0]["hourly_cost"] == {"amount": "98.3200", "currency": "USD"}
    jsonschema.validate(structured, output_schema(op))  # a cut answer still meets the output schema


def test_field_selection_keeps_the_answer_whole() -> None:
    op = operations()["gpu_list_instances"]
    envelope = {"success": True, "data": _instances(500), "count": 500, "next_cursor": None}
    structured = json_answer(op, envelope, ["id"]).structuredContent
    assert structured is not None
    assert "truncated" not in structured
    assert len(structured["data"]) == 500
    assert structured["next_cursor"] is None


def test_nested_lists_are_cut_where_they_are_largest() -> None:
    data = {"small": [1, 2, 3], "series": [{"t": i, "v": "1.0" * 50} for i in range(2_000)]}
    kept, cut = fit(data, 10_000)
    assert size(kept) <= 10_000
    assert kept["small"] == [1, 2, 3]
    assert cut.describe() == f"cut to fit the size limit: series: {len(kept['series'])} of 2000 items"


def test_data_that_cannot_be_cut_is_left_out_with_a_reason() -> None:
    kept, cut = fit({"blob": "x" * 50_000}, 1_000)
    assert kept is None
    assert "select fewer `fields`" in (cut.describe() or "")


def test_input_schemas_never_take_a_tenant_and_are_valid_json_schema() -> None:
    for op in operations().values():
        schema = input_schema(op)
        jsonschema.Draft202012Validator.check_schema(schema)
        assert not {"X-Active-Tenant-Id", "tenant_id", "Idempotency-Key"} & set(schema["properties"])
        example = {p.name: p.example for p in op.parameters if p.required}
        if op.body_example is not None:
            example["body"] = op.body_example
        jsonschema.validate(example, schema)  # the spec's examples are valid tool arguments


def test_annotations_follow_the_method() -> None:
    ops = operations()
    assert tool_annotations(ops["cost_get_summary"]).readOnlyHint is True
    toggle = tool_annotations(ops["enforcement_toggle_policy"])  # PATCH
    assert (toggle.readOnlyHint, toggle.destructiveHint) == (False, True)
    revoke = tool_annotations(ops["identity_revoke_agent_credential"])  # DELETE
    assert (revoke.destructiveHint, revoke.idempotentHint) == (True, True)
    test_channel = tool_annotations(ops["notification_test_channel"])  # reaches Slack, PagerDuty, ...
    assert test_channel.openWorldHint is True


def test_the_role_hierarchy_of_the_spec() -> None:
    assert may_call("owner", "engineer")
    assert may_call("admin", "finops_analyst")
    assert not may_call("engineer", "finops_analyst")
    assert not may_call("finops_analyst", "engineer")
    assert not may_call("admin", "owner")
    assert not may_call("viewer", "engineer")


def test_tool_list_sizes() -> None:
    """The dynamic mode is what a client with a small context affords; figures in docs/mcp.md."""

    def approx_tokens(selection: Selection, mode: str) -> int:
        listed = [t.model_dump(by_alias=True, exclude_none=True) for t in tools(selection, mode)]  # type: ignore[arg-type]
        return len(json.dumps(listed)) // 4

    write = Selection("write", "owner", None)
    assert approx_tokens(write, "dynamic") < 2_000
    assert approx_tokens(write, "static") > 10 * approx_tokens(write, "dynamic")
