"""Helpers for the SDK tests: spec examples, JWTs, envelopes, a sleep recorder."""

from __future__ import annotations

import base64
import json
import re
import time
from functools import cache
from typing import Any

from _spec import iter_operations

BASE = "http://api.test"
TENANT_A = "3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01"  # tenant ids are UUIDs
TENANT_B = "8b1e4d7a-2c9f-4a6e-b3d5-7f0a1c2e9d48"


@cache
def operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (METHOD, path, operation) for every operation of the spec."""
    return {op["operationId"]: (method.upper(), path, op) for path, method, op in iter_operations()}


def success_example(operation_id: str) -> tuple[int, str, Any]:
    """(status, media type, example) of an operation's success response in the spec."""
    _, _, op = operations()[operation_id]
    for status, response in op["responses"].items():
        if str(status).startswith("2"):
            media_type, content = next(iter(response["content"].items()))
            named = content.get("examples", {})
            example = content["example"] if "example" in content else next(iter(named.values()))["value"]
            return int(status), media_type, example
    raise LookupError(operation_id)


def path_regex(path: str) -> str:
    return "^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"


def jwt(claims: dict[str, Any]) -> str:
    """An unsigned-looking JWT with these claims (the client never verifies signatures)."""

    def seg(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{seg({'alg': 'HS256', 'typ': 'JWT'})}.{seg(claims)}.c2lnbmF0dXJl"


def envelope(data: Any, **extra: Any) -> dict[str, Any]:
    return {"success": True, "data": data, "count": len(data) if isinstance(data, list) else 1, **extra}


def error_body(code: str, message: str, trace_id: str = "trace-123") -> dict[str, Any]:
    return {"success": False, "error": message, "code": code, "trace_id": trace_id}


SUMMARY = success_example("cost_get_summary")[2]


class Sleeps:
    """Records requested sleeps instead of sleeping (sync and async)."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.calls.append(seconds)


def now() -> int:
    return int(time.time())
