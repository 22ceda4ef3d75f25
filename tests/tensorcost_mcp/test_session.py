"""Tenant binding, the dynamic mode, API errors, resources, prompts, and Streamable HTTP."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tensorcost.mcp._catalog import operations
from tensorcost.testing import MockServer

from .conftest import ADMIN, ENGINEER, http_session, server_env, stdio_session

pytestmark = pytest.mark.asyncio

NIMBUS = "hana.sato@nimbus-robotics.com"


async def test_the_tenant_is_bound_and_no_argument_changes_it(mock: MockServer, tmp_path: Path) -> None:
    acme, nimbus = mock.tenant_of(ADMIN), mock.tenant_of(NIMBUS)
    async with stdio_session(server_env(mock, mock.token(ADMIN), tmp_path)) as session:
        settings = await session.call_tool("tenant_get_settings", {})
        refused = await session.call_tool("tenant_get_settings", {"tenant_id": nimbus})
        header = await session.call_tool("cost_get_summary", {"X-Active-Tenant-Id": nimbus})
    assert settings.structuredContent is not None
    assert settings.structuredContent["data"]["id"] == acme
    for result in (refused, header):
        assert result.isError
        assert f"bound to tenant {acme}" in result.content[0].text


async def test_tenant_id_binds_another_tenant_of_the_user_with_reads_only(
    mock: MockServer, tmp_path: Path
) -> None:
    """Ana is admin of Acme and an analyst of Nimbus: her Acme token's role says nothing of Nimbus."""
    nimbus = mock.tenant_of(NIMBUS)
    env = server_env(mock, mock.token(ADMIN), tmp_path)
    async with stdio_session(env, "--tenant-id", nimbus, "--scope", "write") as session:
        settings = await session.call_tool("tenant_get_settings", {})
        names = {tool.name for tool in (await session.list_tools()).tools}
    assert settings.structuredContent is not None
    assert settings.structuredContent["data"]["id"] == nimbus
    assert all(operations()[name].read_only for name in names)


async def test_dynamic_mode_lists_describes_and_invokes(mock: MockServer, tmp_path: Path) -> None:
    async with stdio_session(server_env(mock, mock.token(ADMIN), tmp_path), "--tools", "dynamic") as session:
        tools = (await session.list_tools()).tools
        listed = await session.call_tool("list_operations", {"service": "gpu"})
        described = await session.call_tool("describe_operation", {"name": "gpu_list_idle_instances"})
        invoked = await session.call_tool(
            "invoke_operation", {"name": "cost_get_by_tag", "arguments": {"group_by": "team"}}
        )
        tenant = await session.call_tool(
            "invoke_operation", {"name": "cost_get_summary", "arguments": {"tenant_id": "x"}}
        )
        write = await session.call_tool("invoke_operation", {"name": "alert_create_rule", "arguments": {}})
    assert [tool.name for tool in tools] == ["list_operations", "describe_operation", "invoke_operation"]
    assert listed.structuredContent is not None
    assert {op["name"] for op in listed.structuredContent["operations"]} == {
        op_id
        for op_id, op in operations().items()
        if op.service == "gpu" and op.read_only and not op.deprecated
    }
    assert described.structuredContent is not None
    assert "threshold" in described.structuredContent["input_schema"]["properties"]
    assert invoked.structuredContent is not None
    assert not invoked.isError
    assert invoked.structuredContent["data"]
    assert tenant.isError
    assert write.isError
    assert "--scope read" in write.content[0].text


@pytest.mark.parametrize(("fault", "error"), [("429", "RateLimitError"), ("500", "InternalServerError")])
async def test_api_errors_are_tool_errors_with_code_and_trace_id(
    mock: MockServer, tmp_path: Path, fault: str, error: str
) -> None:
    mock.faults.inject("cost_get_summary", fault, times=1, retry_after=7 if fault == "429" else None)
    try:
        async with stdio_session(server_env(mock, mock.token(ADMIN), tmp_path)) as session:
            result = await session.call_tool("cost_get_summary", {})
    finally:
        mock.faults.clear()
    assert result.isError
    assert result.structuredContent is not None
    details = result.structuredContent["error"]
    assert details["status"] == int(fault)
    assert details["code"]
    assert details["trace_id"]
    text = result.content[0].text
    assert text.startswith(error)
    assert details["trace_id"] in text
    if fault == "429":
        assert details["retry_after_seconds"] == 7
        assert "retry after 7 s" in text


async def test_resources_and_prompts(mock: MockServer, tmp_path: Path) -> None:
    async with stdio_session(server_env(mock, mock.token(ADMIN), tmp_path)) as session:
        resources = (await session.list_resources()).resources
        summary = await session.read_resource("tensorcost://cost/summary")  # type: ignore[arg-type]
        budgets = await session.read_resource("tensorcost://cost/budgets")  # type: ignore[arg-type]
        prompts = (await session.list_prompts()).prompts
        idle = await session.get_prompt("find_idle_gpus", {"lookback_hours": "48"})
        spend = await session.get_prompt("explain_monthly_spend")
    assert {str(r.uri) for r in resources} == {"tensorcost://cost/summary", "tensorcost://cost/budgets"}
    assert '"effective_cost"' in summary.contents[0].text  # type: ignore[union-attr]
    assert '"data":' in budgets.contents[0].text.replace(": ", ":")  # type: ignore[union-attr]
    assert {p.name for p in prompts} == {"explain_monthly_spend", "find_idle_gpus"}
    idle_text = idle.messages[0].content.text  # type: ignore[union-attr]
    assert "`gpu_list_idle_instances`" in idle_text
    assert "48" in idle_text
    assert "`cost_get_summary`" in spend.messages[0].content.text  # type: ignore[union-attr]


async def test_streamable_http_lists_and_calls(mock: MockServer, tmp_path: Path) -> None:
    async with http_session(server_env(mock, mock.token(ADMIN), tmp_path), "--toolsets", "cost") as session:
        names = {tool.name for tool in (await session.list_tools()).tools}
        result = await session.call_tool("cost_get_summary", {})
    assert "cost_get_summary" in names
    assert all(operations()[name].service == "cost" for name in names)
    assert result.structuredContent is not None
    assert result.structuredContent["data"]["effective_cost"]["currency"] == "USD"


async def test_streamable_http_in_the_dynamic_mode(mock: MockServer, tmp_path: Path) -> None:
    env = server_env(mock, mock.token(ADMIN), tmp_path)
    async with http_session(env, "--tools", "dynamic", "--scope", "write") as session:
        names = [tool.name for tool in (await session.list_tools()).tools]
        listed = await session.call_tool("list_operations", {"search": "create"})
    assert names == ["list_operations", "describe_operation", "invoke_operation"]
    assert listed.structuredContent is not None
    found = {op["name"] for op in listed.structuredContent["operations"]}
    assert "enforcement_create_policy" in found  # an admin may configure policies
    assert all(not op["read_only"] for op in listed.structuredContent["operations"])


async def test_a_stored_login_is_used_with_its_role(mock: MockServer, tmp_path: Path) -> None:
    """No token in the environment: the server uses `tensorcost login`'s profile, like every command."""
    env = server_env(mock, "unused", tmp_path)
    del env["TENSORCOST_API_TOKEN"]
    command = [sys.executable, "-m", "tensorcost.cli", "login", "--email", ENGINEER, "--password-stdin"]
    login = subprocess.run(
        [*command, "--tenant-id", mock.tenant_of(ENGINEER)],
        input=mock.password + "\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert login.returncode == 0, login.stderr
    async with stdio_session(env, "--scope", "write") as session:
        names = {tool.name for tool in (await session.list_tools()).tools}
        settings = await session.call_tool("tenant_get_settings", {})
    assert settings.structuredContent is not None
    assert settings.structuredContent["data"]["id"] == mock.tenant_of(ENGINEER)
    assert "alert_acknowledge_alert" in names  # the engineer's role, from the stored token
    assert "enforcement_create_policy" not in names
