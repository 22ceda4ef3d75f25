"""Injected faults, so that clients can test their retries end to end."""

from __future__ import annotations

import itertools
from dataclasses import asdict, dataclass, field
from typing import Any

from .errors import ApiError

#: fault name -> what the client sees
FAULT_KINDS = {
    "500": "500 INTERNAL_ERROR in the error envelope",
    "503": "503 SERVICE_UNAVAILABLE in the error envelope, with Retry-After",
    "520": "520 (an origin error, as a CDN reports it) in the error envelope",
    "429": "429 RATE_LIMITED with Retry-After (the documented shape)",
    "reset": "the connection closes without a response",
    "truncated": "the status and headers, then half of the body, then the connection closes",
    "html": "502 with an HTML body, as a proxy's error page",
    "slow": "the normal response after delay_ms",
}


@dataclass
class Fault:
    id: str
    fault: str
    operation_id: str | None = None
    path: str | None = None
    method: str | None = None
    #: how many matching requests fail before the operation succeeds again (None: until cleared)
    times: int | None = 1
    delay_ms: int = 0
    retry_after: int = 1
    hits: int = field(default=0)

    def matches(self, operation_id: str | None, template: str | None, path: str, method: str) -> bool:
        if self.method and self.method.upper() != method:
            return False
        if self.operation_id and self.operation_id != operation_id:
            return False
        return not (self.path and self.path not in (path, template))

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class FaultInjector:
    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._ids = itertools.count(1)

    @property
    def armed(self) -> bool:
        """Whether any fault is armed (checked on every request, so it must be cheap)."""
        return bool(self._faults)

    def clear(self) -> None:
        self._faults.clear()

    def list(self) -> list[Fault]:
        return list(self._faults)

    def add(self, spec: dict[str, Any]) -> Fault:
        kind = str(spec.get("fault", ""))
        if kind not in FAULT_KINDS:
            raise ApiError(
                400, "VALIDATION_FAILED", f"fault must be one of {', '.join(FAULT_KINDS)}, not {kind!r}"
            )
        times = spec.get("times", 1)
        if times is not None and (not isinstance(times, int) or times < 1):
            raise ApiError(
                400, "VALIDATION_FAILED", "times must be a positive integer, or null for 'until cleared'"
            )
        fault = Fault(
            id=f"flt_{next(self._ids)}",
            fault=kind,
            operation_id=spec.get("operation_id"),
            path=spec.get("path"),
            method=spec.get("method"),
            times=times,
            delay_ms=int(spec.get("delay_ms", 2000 if kind == "slow" else 0)),
            retry_after=int(spec.get("retry_after", 1)),
        )
        self._faults.append(fault)
        return fault

    def take(self, operation_id: str | None, template: str | None, path: str, method: str) -> Fault | None:
        """The first armed fault for this request, counting it down."""
        for fault in self._faults:
            if fault.matches(operation_id, template, path, method):
                fault.hits += 1
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                return fault
        return None
