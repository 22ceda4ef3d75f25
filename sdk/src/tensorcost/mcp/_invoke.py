"""One operation called through the SDK's request pipeline (auth and refresh, retries, pacing,
error mapping), its answer shaped for a model: structured content and a short text summary."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from mcp import types

from tensorcost import AsyncTensorCost
from tensorcost._exceptions import APIConnectionError, APIStatusError, RateLimitError, TensorCostError
from tensorcost._generated.api import Operation as RuntimeOperation

from ._answers import MAX_ANSWER_BYTES, fit, select_fields
from ._catalog import Operation


def _passthrough(body: Any) -> Any:
    """The decoded body as the API sent it (amounts stay decimal strings)."""
    return body


def _runtime_operation(op: Operation) -> RuntimeOperation[Any]:
    if op.json:
        return RuntimeOperation(op.operation_id, _passthrough, idempotency_header=op.idempotency_header)
    return RuntimeOperation(
        op.operation_id,
        _passthrough,
        body_kind="binary",
        idempotency_header=op.idempotency_header,
        accept=", ".join(op.media_types) + ", application/json;q=0.5",
    )


def _query_value(value: Any, explode: bool) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        items = [_query_value(item, True) for item in value]
        return items if explode else ",".join(map(str, items))
    return value


def request_kwargs(op: Operation, arguments: dict[str, Any]) -> dict[str, Any]:
    """The HTTP request of a tool call (its arguments already checked against the input schema)."""
    url = op.path
    params: dict[str, Any] = {}
    for param in op.parameters:
        if param.name not in arguments:
            continue
        value = arguments[param.name]
        if param.location == "path":
            url = url.replace("{" + param.name + "}", quote(str(value), safe=""))
        else:
            params[param.name] = _query_value(value, param.explode)
    kwargs: dict[str, Any] = {"method": op.method, "url": url, "params": params}
    if "body" in arguments:
        kwargs["json"] = arguments["body"]
    return kwargs


def error_result(exc: TensorCostError) -> types.CallToolResult:
    """An MCP tool error that keeps the API's status, code, message and trace id."""
    error: dict[str, Any] = {"message": getattr(exc, "message", str(exc))}
    if isinstance(exc, APIStatusError):
        error |= {"status": exc.status_code, "code": exc.code, "trace_id": exc.trace_id}
    text = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, APIStatusError) and exc.trace_id and exc.trace_id not in text:
        text += f" (trace id {exc.trace_id})"
    if isinstance(exc, RateLimitError):
        retry_after = exc.retry_after if exc.retry_after is not None else _header_seconds(exc)
        error["retry_after_seconds"] = retry_after
        if retry_after is not None:
            text += f". Rate limited: retry after {retry_after:g} s."
    elif isinstance(exc, APIConnectionError):
        text += ". The API could not be reached; retry later."
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=text)], structuredContent={"error": error}, isError=True
    )


def _header_seconds(exc: APIStatusError) -> float | None:
    try:
        return float(exc.headers["Retry-After"])
    except (KeyError, ValueError):
        return None


async def invoke(client: AsyncTensorCost, op: Operation, arguments: dict[str, Any]) -> types.CallToolResult:
    args = dict(arguments)
    fields = args.pop("fields", None)
    try:
        body = await client._runner.request(
            _runtime_operation(op),
            request_kwargs(op, args),
            tenant_id=None,  # the client's own: the tenant the server is bound to
            idempotency_key=None,  # a fresh key per call, reused by the SDK's retries
            timeout=None,
        )
    except TensorCostError as exc:
        return error_result(exc)
    if not op.json:
        return _file_answer(op, body)
    return json_answer(op, body, fields)


def json_answer(op: Operation, envelope: Any, fields: list[str] | None) -> types.CallToolResult:
    envelope = envelope if isinstance(envelope, dict) else {"data": envelope}
    data = envelope.get("data")
    total = len(data) if isinstance(data, list) else 1
    if fields:
        data = select_fields(data, fields)
    data, cut = fit(data, MAX_ANSWER_BYTES)
    structured: dict[str, Any] = {"data": data, "count": envelope.get("count", total)}
    summary = [f"{op.summary}: {_counted(data, total)}."]
    if op.paginated:
        next_cursor = envelope.get("next_cursor")
        structured["next_cursor"] = next_cursor
        summary.append(
            f"More: call {op.operation_id} again with cursor={json.dumps(next_cursor)}."
            if next_cursor
            else "This is the last page."
        )
    note = cut.describe()
    if note:
        structured["truncated"] = note
        summary.append(f"Truncated ({note}).")
    text = " ".join(summary) + "\n" + json.dumps(structured, ensure_ascii=False, separators=(",", ":"))
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=text)], structuredContent=structured, isError=False
    )


def _counted(data: Any, total: int) -> str:
    if isinstance(data, list):
        return f"{len(data)} item(s)" + (f" of {total}" if len(data) != total else "")
    return "1 object" if data is not None else "no data"


def _file_answer(op: Operation, content: Any) -> types.CallToolResult:
    raw = content if isinstance(content, bytes) else b""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    structured: dict[str, Any] = {"bytes": len(raw)}
    if text is None:
        message = (
            f"{op.summary}: a binary file of {len(raw)} bytes, not passed to the model; "
            "ask for a text format (csv) or save it with `tensorcost export`."
        )
        return types.CallToolResult(
            content=[types.TextContent(type="text", text=message)],
            structuredContent=structured,
            isError=False,
        )
    shown = raw[:MAX_ANSWER_BYTES].decode("utf-8", errors="ignore")
    structured["text"] = shown
    header = f"{op.summary}: {len(raw)} bytes."
    if len(shown) < len(text):
        structured["truncated"] = f"the first {len(shown.encode())} of {len(raw)} bytes"
        header += f" Truncated to the first {len(shown.encode())} bytes; narrow the window for the rest."
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=header + "\n" + shown)],
        structuredContent=structured,
        isError=False,
    )
