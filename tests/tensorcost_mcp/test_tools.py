"""`tensorcost mcp` end to end over stdio with the official MCP client, against the mock server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tensorcost.mcp._catalog import Operation, operations
from tensorcost.testing import MockServer

from .conftest import ADMIN, ENGINEER, VIEWER, server_env, stdio_session

pytestmark = pytest.mark.asyncio

READS = sorted(op_id for op_id, op in operations().items() if op.read_only and not op.deprecated)
TENANT_NAMES = {"tenant_id", "tenantId", "X-Active-Tenant-Id", "x_active_tenant_id"}


def example_arguments(op: Operation) -> dict[str, Any]:
    """The spec's example of each required parameter."""
    return {p.name: p.example for p in op.parameters if p.required}


async def test_static_tools_are_the_spec_reads_with_annotations(mock: MockServer, tmp_path: Path) -> None:
    async with stdio_session(server_env(mock, mock.token(ADMIN), tmp_path)) as session:
        listed = (await session.list_tools()).tools
    assert sorted(tool.name for tool in listed) == READS
    for tool in listed:
        op = operations()[tool.name]
        assert tool.annotations is not None
        assert tool.annotations.readOnlyHint is True, tool.name
        assert tool.annotations.destructiveHint is False, tool.name
        assert tool.description is not None
        assert tool.description.startswith(op.summary)
        assert not TENANT_NAMES & set(tool.inputSchema["properties"]), tool.name
        assert tool.inputSchema["additionalProperties"] is False
        if op.json:
            assert tool.outputSchema is not None
            assert "data" in tool.outputSchema["properties"]


async def test_every_read_tool_answers_with_the_spec_examples(mock: MockServer, tmp_path: Path) -> None:
    failures = {}
    async with stdio_session(server_env(mock, mock.token(ADMIN), tmp_path)) as session:
        for name in READS:
            result = await session.call_tool(name, example_arguments(operations()[name]))
            if result.isError:
                failures[name] = result.content[0].text if result.content else "?"
            elif operations()[name].json:
                assert result.structuredContent is not None
                assert "data" in result.structuredContent
    assert failures == {}


async def test_money_stays_exact_decimal_strings(mock: MockServer, tmp_path: Path) -> None:
    async with stdio_session(server_env(mock, mock.token(ADMIN), tmp_path)) as session:
        result = await session.call_tool("cost_get_summary", {})
    assert result.structuredContent is not None
    cost = result.structuredContent["data"]["effective_cost"]
    assert isinstance(cost["amount"], str)
    assert cost["currency"] == "USD"
    assert f'"amount":"{cost["amount"]}"' in result.content[0].text  # the text carries the same string


async def test_list_tools_page_with_limit_and_cursor_and_select_fields(
    mock: MockServer, tmp_path: Path
) -> None:
    async with stdio_session(server_env(mock, mock.token(ADMIN), tmp_path)) as session:
        first = await session.call_tool("gpu_list_instances", {"limit": 2, "fields": ["id", "state"]})
        assert first.structuredContent is not None
        cursor = first.structuredContent["next_cursor"]
        assert f"cursor={json.dumps(cursor)}" in first.content[0].text
        second = await session.call_tool("gpu_list_instances", {"limit": 2, "cursor": cursor})
    assert second.structuredContent is not None
    assert [set(item) for item in first.structuredContent["data"]] == [{"id", "state"}] * 2
    first_ids = {item["id"] for item in first.structuredContent["data"]}
    assert first_ids.isdisjoint(item["id"] for item in second.structuredContent["data"])


async def test_a_write_tool_is_refused_under_scope_read(mock: MockServer, tmp_path: Path) -> None:
    async with stdio_session(server_env(mock, mock.token(ADMIN), tmp_path)) as session:
        names = {tool.name for tool in (await session.list_tools()).tools}
        result = await session.call_tool("alert_acknowledge_alert", {"id": "alr_x"})
    assert "alert_acknowledge_alert" not in names
    assert result.isError
    assert "--scope read" in result.content[0].text


async def _an_open_alert(session: Any) -> str:
    listed = await session.call_tool(
        "alert_list_alerts", {"status": "triggered", "limit": 1, "fields": ["id"]}
    )
    return str(listed.structuredContent["data"][0]["id"])


async def test_a_write_tool_is_allowed_under_scope_write_for_a_role_that_may(
    mock: MockServer, tmp_path: Path
) -> None:
    try:
        async with stdio_session(
            server_env(mock, mock.token(ENGINEER), tmp_path), "--scope", "write"
        ) as session:
            tools = {tool.name: tool for tool in (await session.list_tools()).tools}
            result = await session.call_tool("alert_acknowledge_alert", {"id": await _an_open_alert(session)})
    finally:
        mock.reset()
    assert not result.isError, result.content
    assert result.structuredContent is not None
    assert result.structuredContent["data"]["status"] == "acknowledged"
    annotations = tools["alert_acknowledge_alert"].annotations
    assert annotations is not None
    assert annotations.readOnlyHint is False
    description = tools["alert_acknowledge_alert"].description
    assert description is not None
    assert description.endswith("Changes data.")
    assert description.count("Required role: `engineer`") == 1  # the spec's sentence, said once
    # an engineer handles alerts, but neither accepts recommendations nor changes roles
    assert "cost_accept_recommendation" not in tools
    assert "tenant_update_member_role" not in tools


async def test_scope_write_offers_a_viewer_no_write_tool(mock: MockServer, tmp_path: Path) -> None:
    async with stdio_session(server_env(mock, mock.token(VIEWER), tmp_path), "--scope", "write") as session:
        names = {tool.name for tool in (await session.list_tools()).tools}
        result = await session.call_tool("alert_acknowledge_alert", {"id": "alr_x"})
    assert sorted(names) == READS
    assert result.isError
    assert "needs the engineer role" in result.content[0].text


async def test_toolsets_limit_the_services(mock: MockServer, tmp_path: Path) -> None:
    env = server_env(mock, mock.token(ADMIN), tmp_path)
    async with stdio_session(env, "--toolsets", "cost,gpu") as session:
        names = {tool.name for tool in (await session.list_tools()).tools}
    assert names == {name for name in READS if operations()[name].service in {"cost", "gpu"}}
