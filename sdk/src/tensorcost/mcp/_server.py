"""The MCP server: tools from the spec, two resources and two prompts, bound to one tenant."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import jsonschema
from mcp import types
from mcp.server.lowlevel import Server
from pydantic import AnyUrl

from tensorcost import AsyncTensorCost, __version__

from ._catalog import Operation, operations
from ._invoke import invoke
from ._tools import (
    DESCRIBE_OPERATION,
    LIST_OPERATIONS,
    Mode,
    Selection,
    description,
    input_schema,
    output_schema,
    tools,
)

#: Never an argument: the tenant is fixed when the server starts.
TENANT_ARGUMENTS = frozenset({"tenant_id", "tenantId", "X-Active-Tenant-Id", "x_active_tenant_id"})

RESOURCES = {
    "tensorcost://cost/summary": ("cost_get_summary", "Cost summary of the current month"),
    "tensorcost://cost/budgets": ("cost_list_budgets", "Budgets and how much of each is consumed"),
}

PROMPTS = {
    "explain_monthly_spend": (
        "Explain this month's spend",
        "Explain this month's TensorCost spend for the tenant. Read the `tensorcost://cost/summary` "
        "resource or call {cost_get_summary}; break it down with {cost_get_by_source} and "
        "{cost_get_by_tag} (group_by `{group_by}`); compare with {cost_list_budgets} and "
        "{cost_get_forecast}. Say what drives the spend, what changed, which budgets are at risk, "
        "and quote amounts exactly as the API returns them, with their currency.",
    ),
    "find_idle_gpus": (
        "Find idle GPUs and what they cost",
        "Find the idle GPU instances of the tenant with {gpu_list_idle_instances} (lookback_hours "
        "{lookback_hours}). List each with its type, region, owner tags and wasted cost, add up the "
        "waste per currency exactly, and suggest which to stop or right-size first; "
        "{gpu_get_instance} gives details on one.",
    ),
}


@dataclass(frozen=True)
class ServerConfig:
    selection: Selection
    mode: Mode
    tenant_id: str


def _refuse(message: str) -> types.CallToolResult:
    return types.CallToolResult(content=[types.TextContent(type="text", text=message)], isError=True)


class TensorCostMCP:
    """What the server does; `server` is the MCP wiring."""

    def __init__(self, client: AsyncTensorCost, config: ServerConfig) -> None:
        self.client = client
        self.config = config
        self.offered = config.selection.operations()
        self.server: Server[Any, Any] = Server(
            "tensorcost",
            version=__version__,
            instructions=(
                f"TensorCost API for tenant {config.tenant_id} (fixed; no tool switches it). "
                f"Scope: {config.selection.scope}. Amounts are exact decimal strings with a currency."
            ),
        )
        self._register()

    def _register(self) -> None:
        server = self.server

        @server.list_tools()  # type: ignore[untyped-decorator,no-untyped-call]
        async def _list_tools() -> list[types.Tool]:
            return tools(self.config.selection, self.config.mode)

        # Arguments are checked here (`call`), so a tenant argument gets its own clear refusal.
        @server.call_tool(validate_input=False)  # type: ignore[untyped-decorator]
        async def _call_tool(name: str, arguments: dict[str, Any]) -> types.CallToolResult:
            return await self.call(name, arguments)

        @server.list_resources()  # type: ignore[untyped-decorator,no-untyped-call]
        async def _list_resources() -> list[types.Resource]:
            return [
                types.Resource(uri=AnyUrl(uri), name=op_id, title=title, mimeType="application/json")
                for uri, (op_id, title) in RESOURCES.items()
            ]

        @server.read_resource()  # type: ignore[untyped-decorator,no-untyped-call]
        async def _read_resource(uri: AnyUrl) -> str:
            return await self.read(str(uri))

        @server.list_prompts()  # type: ignore[untyped-decorator,no-untyped-call]
        async def _list_prompts() -> list[types.Prompt]:
            return [
                types.Prompt(
                    name="explain_monthly_spend",
                    title=PROMPTS["explain_monthly_spend"][0],
                    arguments=[
                        types.PromptArgument(
                            name="group_by", description="tag to break down by (default team)"
                        )
                    ],
                ),
                types.Prompt(
                    name="find_idle_gpus",
                    title=PROMPTS["find_idle_gpus"][0],
                    arguments=[
                        types.PromptArgument(
                            name="lookback_hours", description="hours of activity to judge by (default 24)"
                        )
                    ],
                ),
            ]

        @server.get_prompt()  # type: ignore[untyped-decorator,no-untyped-call]
        async def _get_prompt(name: str, arguments: dict[str, str] | None) -> types.GetPromptResult:
            return self.prompt(name, arguments or {})

    # tools -----------------------------------------------------------------------------------

    async def call(self, name: str, arguments: dict[str, Any]) -> types.CallToolResult:
        if self.config.mode == "dynamic":
            return await self._call_dynamic(name, arguments)
        op = self.offered.get(name)
        if op is None:
            return _refuse(self._not_offered(name))
        return await self._invoke(op, arguments)

    def _not_offered(self, name: str) -> str:
        op = operations().get(name)
        if op is None:
            return f"unknown tool {name!r}"
        selection = self.config.selection
        if not op.read_only and selection.scope == "read":
            return f"{name} changes data; this server runs with --scope read"
        if not op.read_only:
            return f"{name} needs the {op.required_role} role; this server acts as {selection.role or 'an unknown role'}"
        return f"{name} is not offered by this server (--toolsets)"

    async def _invoke(self, op: Operation, arguments: dict[str, Any]) -> types.CallToolResult:
        tenant = sorted(TENANT_ARGUMENTS & set(arguments))
        if tenant:
            return _refuse(
                f"{tenant[0]!r} is not an argument: this server is bound to tenant {self.config.tenant_id}"
            )
        try:
            jsonschema.validate(arguments, input_schema(op))
        except jsonschema.ValidationError as exc:
            return _refuse(f"invalid arguments for {op.operation_id}: {exc.message}")
        return await invoke(self.client, op, arguments)

    async def _call_dynamic(self, name: str, arguments: dict[str, Any]) -> types.CallToolResult:
        tool = next((t for t in tools(self.config.selection, "dynamic") if t.name == name), None)
        if tool is None:
            return _refuse(f"unknown tool {name!r}")
        if name != LIST_OPERATIONS and arguments.get("name") not in self.offered:
            return _refuse(self._not_offered(str(arguments.get("name"))))
        try:
            jsonschema.validate(arguments, tool.inputSchema)
        except jsonschema.ValidationError as exc:
            return _refuse(f"invalid arguments for {name}: {exc.message}")
        if name == LIST_OPERATIONS:
            service, search = arguments.get("service"), str(arguments.get("search") or "").lower()
            found = [
                {
                    "name": op.operation_id,
                    "summary": op.summary,
                    "service": op.service,
                    "read_only": op.read_only,
                }
                for op in self.offered.values()
                if (service is None or op.service == service)
                and (not search or search in op.operation_id or search in op.summary.lower())
            ]
            return _structured({"operations": found}, f"{len(found)} operation(s)")
        op = self.offered[arguments["name"]]
        if name == DESCRIBE_OPERATION:
            described = {
                "name": op.operation_id,
                "description": description(op),
                "read_only": op.read_only,
                "required_role": op.required_role,
                "input_schema": input_schema(op),
                "output_schema": output_schema(op),
            }
            return _structured(described, f"{op.operation_id}: {op.summary}")
        return await self._invoke(op, dict(arguments.get("arguments") or {}))

    # resources and prompts -------------------------------------------------------------------

    async def read(self, uri: str) -> str:
        entry = RESOURCES.get(uri)
        if entry is None:
            raise ValueError(f"unknown resource {uri}")
        result = await invoke(self.client, operations()[entry[0]], {})
        if result.isError:
            raise ValueError(
                result.content[0].text if isinstance(result.content[0], types.TextContent) else uri
            )
        return json.dumps(result.structuredContent, ensure_ascii=False)

    def prompt(self, name: str, arguments: dict[str, str]) -> types.GetPromptResult:
        entry = PROMPTS.get(name)
        if entry is None:
            raise ValueError(f"unknown prompt {name!r}")
        title, template = entry
        how = "" if self.config.mode == "static" else " (through `invoke_operation`)"
        names = {op_id: f"`{op_id}`{how}" for op_id in operations()}
        text = template.format(
            **names,
            group_by=arguments.get("group_by") or "team",
            lookback_hours=arguments.get("lookback_hours") or "24",
        )
        return types.GetPromptResult(
            description=title,
            messages=[types.PromptMessage(role="user", content=types.TextContent(type="text", text=text))],
        )


def _structured(value: dict[str, Any], summary: str) -> types.CallToolResult:
    text = summary + "\n" + json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return types.CallToolResult(content=[types.TextContent(type="text", text=text)], structuredContent=value)
