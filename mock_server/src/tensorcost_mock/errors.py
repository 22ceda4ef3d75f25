"""The error a handler or a pipeline step raises; the app renders it in the spec's envelope."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ApiError(Exception):
    """An error answer: ``{"success": false, "error", "code", "trace_id", "details"?}``.

    ``status`` must be one the operation documents (strict mode checks it).
    """

    status: int
    code: str
    message: str
    details: list[dict[str, str]] | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.status} {self.code}: {self.message}"

    def body(self, trace_id: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "success": False,
            "error": self.message,
            "code": self.code,
            "trace_id": trace_id,
        }
        if self.details:
            body["details"] = self.details
        return body


#: At most this many problems are listed in a 400's ``details`` (the message counts them all).
MAX_LISTED_PROBLEMS = 100


def validation_error(details: list[dict[str, str]]) -> ApiError:
    """400 VALIDATION_FAILED naming the first problem in `error` and all of them in `details`."""
    first = details[0]
    where = "body field" if first["location"] == "body" else f"{first['location']} parameter"
    more = (
        f" (and {len(details) - 1} more problem{'s' if len(details) > 2 else ''})" if len(details) > 1 else ""
    )
    message = f'Request validation failed: {where} "{first["field"]}" {first["message"]}{more}'
    return ApiError(400, "VALIDATION_FAILED", message, details[:MAX_LISTED_PROBLEMS])


def not_found(kind: str, ident: str) -> ApiError:
    return ApiError(404, "NOT_FOUND", f"No {kind} {ident} in this tenant")


def conflict(code: str, message: str) -> ApiError:
    return ApiError(409, code, message)
