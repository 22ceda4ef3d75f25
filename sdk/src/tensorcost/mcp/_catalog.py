"""The operations the MCP server offers, read from the spec (the one source of every fact).

In a source checkout the spec is read in place (`openapi/tensorcost.yaml`); an installed wheel
carries a copy as package data (`sdk/hatch_build.py`).
"""

from __future__ import annotations

import importlib.resources
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

_SOURCE_TREE_SPEC = Path(__file__).resolve().parents[4] / "openapi" / "tensorcost.yaml"
_METHODS = ("get", "put", "post", "patch", "delete")
#: Never a tool argument: the server binds the tenant, and the SDK sets the idempotency key.
_BOUND_HEADERS = frozenset({"X-Active-Tenant-Id", "Idempotency-Key"})
#: Operations that are no tools: the server owns the session (its token and refreshes).
SESSION_OPERATIONS = frozenset({"auth_login", "auth_refresh_tokens"})
_REF = re.compile(r"^#/components/schemas/(.+)$")
_DROP = frozenset({"example", "examples", "discriminator", "externalDocs", "xml"})


def spec_text() -> str:
    """The spec's YAML: the source tree's copy, else the one packaged in the wheel."""
    if _SOURCE_TREE_SPEC.is_file():
        return _SOURCE_TREE_SPEC.read_text(encoding="utf-8")
    packaged = importlib.resources.files("tensorcost.mcp") / "_data" / "tensorcost.yaml"
    return packaged.read_text(encoding="utf-8")


@cache
def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(spec_text())
    return spec


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path or query
    required: bool
    schema: dict[str, Any]
    description: str
    explode: bool = True  # an array as repeated parameters, else comma-separated
    example: Any = None


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, as much as a tool needs."""

    operation_id: str
    method: str
    path: str
    service: str  # the spec's tag: cost, gpu, ai, ...
    summary: str
    description: str
    required_role: str
    parameters: tuple[Parameter, ...]
    body_schema: dict[str, Any] | None
    body_required: bool
    body_example: Any
    data_schema: dict[str, Any] | None  # the success envelope's `data`
    media_types: tuple[str, ...]  # of the success response
    paginated: bool
    deprecated: bool
    idempotency_header: bool
    components: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)

    @property
    def read_only(self) -> bool:
        """Changes nothing: a GET."""
        return self.method == "get"

    @property
    def destructive(self) -> bool:
        """May delete or overwrite what exists (DELETE, PUT, PATCH); a POST adds."""
        return self.method in ("delete", "put", "patch")

    @property
    def idempotent(self) -> bool:
        """Repeating it has no further effect: GET, PUT, DELETE, or a POST that takes an idempotency key."""
        return self.method in ("get", "put", "delete") or self.idempotency_header

    @property
    def json(self) -> bool:
        """Answers with the JSON envelope (else a file, such as a CSV or PDF export)."""
        return self.media_types in ((), ("application/json",))

    @property
    def text(self) -> str:
        """The summary, then the description."""
        return f"{self.summary}.\n\n{self.description}".strip() if self.description else self.summary


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _media(responses: dict[str, Any], spec: dict[str, Any]) -> tuple[tuple[str, ...], dict[str, Any] | None]:
    """The success response's media types and its JSON schema (None unless JSON)."""
    for status, response in sorted(responses.items()):
        if status.startswith("2"):
            content = _resolve(spec, response).get("content") or {}
            return tuple(content), content.get("application/json", {}).get("schema")
    return (), None


def _data_schema(spec: dict[str, Any], envelope: dict[str, Any] | None) -> dict[str, Any] | None:
    if envelope is None:
        return None
    resolved = _resolve(spec, envelope)
    data = resolved.get("properties", {}).get("data")
    return data if isinstance(data, dict) else None


def _operation(spec: dict[str, Any], method: str, path: str, op: dict[str, Any]) -> Operation:
    parameters = []
    idempotency = False
    for raw in op.get("parameters", []):
        param = _resolve(spec, raw)
        if param["in"] == "header":
            idempotency = idempotency or param["name"] == "Idempotency-Key"
            if param["name"] in _BOUND_HEADERS:
                continue
        parameters.append(
            Parameter(
                name=param["name"],
                location=param["in"],
                required=bool(param.get("required")),
                schema=param.get("schema", {}),
                description=param.get("description", ""),
                explode=param.get("explode", param.get("style", "form") == "form"),
                example=raw.get("example", param.get("example")),
            )
        )
    body = _resolve(spec, op["requestBody"]) if "requestBody" in op else None
    body_media = (body or {}).get("content", {}).get("application/json", {})
    media, envelope = _media(op["responses"], spec)
    return Operation(
        operation_id=op["operationId"],
        method=method,
        path=path,
        service=op["tags"][0],
        summary=op.get("summary", "").rstrip("."),
        description=op.get("description", "").strip(),
        required_role=op["x-required-role"],
        parameters=tuple(parameters),
        body_schema=body_media.get("schema"),
        body_required=bool((body or {}).get("required")),
        body_example=body_media.get("example"),
        data_schema=_data_schema(spec, envelope),
        media_types=media,
        paginated=op.get("x-pagination") == "cursor",
        deprecated=bool(op.get("deprecated")),
        idempotency_header=idempotency,
        components=spec["components"]["schemas"],
    )


@cache
def operations() -> dict[str, Operation]:
    """Every operation of the spec but the session's own (login and refresh), by operationId."""
    spec = load_spec()
    found = {}
    for path, item in spec["paths"].items():
        for method in _METHODS:
            op = item.get(method)
            if op is not None and op["operationId"] not in SESSION_OPERATIONS:
                found[op["operationId"]] = _operation(spec, method, path, op)
    return found


def services() -> list[str]:
    """The spec's tags that have operations (the `--toolsets` values)."""
    return sorted({op.service for op in operations().values()})


def role_includes() -> dict[str, list[str]]:
    """Each role and the roles directly below it (`Role`'s `x-role-includes`)."""
    table: dict[str, list[str]] = load_spec()["components"]["schemas"]["Role"]["x-role-includes"]
    return table


def may_call(role: str, required: str) -> bool:
    """Whether `role` is `required` or includes it (the spec's role hierarchy)."""
    table = role_includes()
    seen: set[str] = set()
    stack = [role]
    while stack:
        current = stack.pop()
        if current == required:
            return True
        if current not in seen:
            seen.add(current)
            stack.extend(table.get(current, []))
    return False


_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})


#: What an output schema keeps: the structure, not the rules (answers are checked by the API).
_OUTPUT_KEYS = frozenset(
    {"type", "properties", "items", "prefixItems", "$ref", "anyOf", "allOf", "oneOf", "enum", "const"}
)


def json_schema(node: dict[str, Any], components: dict[str, Any], *, output: bool = False) -> dict[str, Any]:
    """`node` as a self-contained JSON Schema: component refs become `$defs` (only those used);
    OpenAPI-only, extension and example keys are dropped, so a tool list stays small.

    `output=True` describes an answer, which may be trimmed (field selection, a cut list) and may
    carry values added later: only its structure (types, properties, items, closed enums), no
    required fields or limits, `anyOf` for `oneOf` (a trimmed object may fit several branches).
    """
    defs: dict[str, Any] = {}

    def walk(value: Any) -> Any:
        if isinstance(value, list):
            return [walk(item) for item in value]
        if not isinstance(value, dict):
            return value
        ref = value.get("$ref")
        if isinstance(ref, str) and (match := _REF.match(ref)):
            name = match.group(1)
            if name not in defs:
                defs[name] = {}
                defs[name] = walk(components[name])
            return {"$ref": f"#/$defs/{name}"}
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key in _DROP or key.startswith("x-"):
                continue
            if output and (
                key not in _OUTPUT_KEYS or (key == "enum" and value.get("x-extensible-enum") is True)
            ):
                continue
            if key in _SCHEMA_MAPS and isinstance(item, dict):
                out[key] = {name: walk(sub) for name, sub in item.items()}
            elif key in ("enum", "const", "default"):
                out[key] = item
            else:
                out["anyOf" if output and key == "oneOf" else key] = walk(item)
        return out

    schema: dict[str, Any] = walk(node)
    if defs:
        schema = {**schema, "$defs": defs}
    return schema
