"""Tool definitions from the spec's operations: one tool per operation (static) or three (dynamic)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from mcp import types

from ._catalog import Operation, json_schema, may_call, operations

Scope = Literal["read", "write"]
Mode = Literal["static", "dynamic"]

LIST_OPERATIONS = "list_operations"
DESCRIBE_OPERATION = "describe_operation"
INVOKE_OPERATION = "invoke_operation"
#: Operations whose effect reaches past TensorCost (a message to a channel, a call to a cloud
#: account or provider): the services that hold external endpoints, when they act.
_OUTWARD_SERVICES = frozenset({"notification", "integration"})

_FIELDS = {
    "type": "array",
    "items": {"type": "string"},
    "description": 'Keep only these fields of the result (of each item of a list), e.g. ["id", "name"].',
}


@dataclass(frozen=True)
class Selection:
    """Which operations the server offers."""

    scope: Scope
    role: str | None
    toolsets: frozenset[str] | None  # None: every service

    def allows(self, op: Operation) -> bool:
        if op.deprecated or (self.toolsets is not None and op.service not in self.toolsets):
            return False
        if op.read_only:
            return True
        return self.scope == "write" and self.role is not None and may_call(self.role, op.required_role)

    def operations(self) -> dict[str, Operation]:
        return {name: op for name, op in operations().items() if self.allows(op)}


def input_schema(op: Operation) -> dict[str, Any]:
    """The tool's arguments: the operation's path and query parameters, `body`, and `fields`.
    No tenant and no idempotency key: the server binds the one, the SDK sets the other."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    for param in op.parameters:
        schema = dict(param.schema)
        if param.description:
            schema["description"] = param.description
        properties[param.name] = schema
        if param.required:
            required.append(param.name)
    if op.body_schema is not None:
        properties["body"] = op.body_schema
        if op.body_required:
            required.append("body")
    if op.data_schema is not None:
        properties["fields"] = _FIELDS
    node = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        node["required"] = required
    return json_schema(node, op.components)


def output_schema(op: Operation) -> dict[str, Any] | None:
    """What `structuredContent` holds: `data` (the API's, maybe trimmed) and the paging and cut notes."""
    if op.data_schema is None:
        return None
    properties: dict[str, Any] = {"data": op.data_schema, "count": {"type": "integer"}}
    if op.paginated:
        properties["next_cursor"] = {"type": ["string", "null"]}
    properties["truncated"] = {"type": "string"}
    return json_schema({"type": "object", "properties": properties}, op.components, output=True)


def description(op: Operation) -> str:
    text = op.text
    if op.paginated:
        text += (
            "\n\nPaginated: returns up to `limit` items; when `next_cursor` is not null, call again "
            "with `cursor` set to it for the next page."
        )
    if not op.read_only:
        text += "\n\nChanges data."  # the spec's description already ends with the role it needs
    return text


def tool_annotations(op: Operation) -> types.ToolAnnotations:
    return types.ToolAnnotations(
        title=op.summary,
        readOnlyHint=op.read_only,
        destructiveHint=op.destructive if not op.read_only else False,
        idempotentHint=op.idempotent,
        openWorldHint=(not op.read_only) and op.service in _OUTWARD_SERVICES,
    )


def static_tool(op: Operation) -> types.Tool:
    return types.Tool(
        name=op.operation_id,
        description=description(op),
        inputSchema=input_schema(op),
        outputSchema=output_schema(op),
        annotations=tool_annotations(op),
    )


def dynamic_tools(selection: Selection) -> list[types.Tool]:
    offered = selection.operations()
    names = sorted(offered)
    services = sorted({op.service for op in offered.values()})
    writes = [op for op in offered.values() if not op.read_only]
    return [
        types.Tool(
            name=LIST_OPERATIONS,
            description="List the TensorCost API operations this server offers (name, summary, service, "
            "whether it changes data). Then `describe_operation` one and `invoke_operation` it.",
            inputSchema={
                "type": "object",
                "properties": {
                    "service": {"type": "string", "enum": services, "description": "only this service"},
                    "search": {"type": "string", "description": "only names or summaries containing this"},
                },
                "additionalProperties": False,
            },
            annotations=types.ToolAnnotations(
                title="List operations", readOnlyHint=True, idempotentHint=True, openWorldHint=False
            ),
        ),
        types.Tool(
            name=DESCRIBE_OPERATION,
            description="The description, input schema and output schema of one operation.",
            inputSchema={
                "type": "object",
                "properties": {"name": {"type": "string", "enum": names}},
                "required": ["name"],
                "additionalProperties": False,
            },
            annotations=types.ToolAnnotations(
                title="Describe an operation", readOnlyHint=True, idempotentHint=True, openWorldHint=False
            ),
        ),
        types.Tool(
            name=INVOKE_OPERATION,
            description="Call one operation with `arguments` as its input schema (`describe_operation`) says.",
            inputSchema={
                "type": "object",
                "properties": {
                    "name": {"type": "string", "enum": names},
                    "arguments": {"type": "object", "description": "the operation's arguments"},
                },
                "required": ["name"],
                "additionalProperties": False,
            },
            annotations=types.ToolAnnotations(
                title="Invoke an operation",
                readOnlyHint=not writes,
                destructiveHint=any(op.destructive for op in writes),
                idempotentHint=all(op.idempotent for op in offered.values()),
                openWorldHint=any(op.service in _OUTWARD_SERVICES for op in writes),
            ),
        ),
    ]


def tools(selection: Selection, mode: Mode) -> list[types.Tool]:
    if mode == "dynamic":
        return dynamic_tools(selection)
    return [static_tool(op) for op in selection.operations().values()]
