"""`tensorcost gate`: measure every condition, decide the exit code.

0 every condition holds, 1 at least one is breached, 2 something could not be checked (a
usage error, an API error, an unreachable API). An error outranks a breach: the gate never
passes, nor reports a partial verdict as complete, when it could not ask the API.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Literal

from tensorcost import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    TensorCost,
    TensorCostError,
)

from ._errors import EXIT_BREACHED, EXIT_ERROR, EXIT_OK, UsageError
from ._gate_conditions import Condition

Status = Literal["pass", "breach", "error", "skipped"]


@dataclass(frozen=True)
class Outcome:
    name: str
    kind: str
    status: Status
    limit: Decimal
    unit: str
    measured: Decimal | None = None
    detail: str = ""
    error: str | None = None
    seconds: float = 0.0


@dataclass
class GateResult:
    outcomes: list[Outcome] = field(default_factory=list)
    #: An error that stopped the gate before it measured anything (bad flags, bad config file).
    error: str | None = None
    #: Failures after measuring (an unwritable report file or job summary): still exit 2.
    problems: list[str] = field(default_factory=list)
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def exit_code(self) -> int:
        if self.error or self.problems or any(o.status in ("error", "skipped") for o in self.outcomes):
            return EXIT_ERROR
        if any(o.status == "breach" for o in self.outcomes):
            return EXIT_BREACHED
        return EXIT_OK

    @property
    def verdict(self) -> Literal["pass", "breach", "error"]:
        code = self.exit_code
        return "pass" if code == EXIT_OK else "breach" if code == EXIT_BREACHED else "error"


_KINDS = {
    "MaxForecast": "max_forecast",
    "MaxBudgetBurn": "max_budget_burn",
    "MaxDailySpend": "max_daily_spend",
    "NoOpenAnomalies": "no_open_anomalies",
}


def _describe(exc: BaseException) -> str:
    if isinstance(exc, UsageError):
        return str(exc)
    if isinstance(exc, APIStatusError | TensorCostError):
        return f"{type(exc).__name__}: {exc}"
    return f"unexpected {type(exc).__name__}: {exc}"


def _not_measured(condition: Condition, status: Status, error: str, seconds: float = 0.0) -> Outcome:
    return Outcome(
        name=condition.name,
        kind=_KINDS[type(condition).__name__],
        status=status,
        limit=condition.limit,
        unit=condition.unit,
        error=error,
        seconds=seconds,
    )


def evaluate(conditions: Sequence[Condition], tc: TensorCost) -> GateResult:
    """Measure each condition in order; once the API is unreachable the rest are skipped, and a
    refused token stops the gate with one error (what to do about it) instead of one per condition."""
    result = GateResult()
    unreachable = False
    for index, condition in enumerate(conditions):
        if unreachable:
            result.outcomes.append(
                _not_measured(condition, "skipped", "not checked: the API could not be reached")
            )
            continue
        started = time.perf_counter()
        try:
            m = condition.measure(tc)
            value = _finite(m.value)
            holds = value <= condition.limit  # inside the handler: a comparison can raise too
        except AuthenticationError as exc:
            result.error = _describe(exc)
            result.outcomes += [
                _not_measured(c, "skipped", "not checked: not authenticated") for c in conditions[index:]
            ]
            return result
        except Exception as exc:  # whatever went wrong, this condition was not checked
            unreachable = isinstance(exc, APIConnectionError)
            result.outcomes.append(
                _not_measured(condition, "error", _describe(exc), time.perf_counter() - started)
            )
            continue
        result.outcomes.append(
            Outcome(
                name=condition.name,
                kind=_KINDS[type(condition).__name__],
                status="pass" if holds else "breach",
                limit=condition.limit,
                unit=m.unit,
                measured=value,
                detail=m.detail,
                seconds=time.perf_counter() - started,
            )
        )
    return result


def _finite(value: object) -> Decimal:
    """The measured value as a finite Decimal; NaN, infinities and non-numbers are errors, never a pass."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise ValueError(f"the API returned {value!r}, which is not a number")
    number = Decimal(value)
    if not number.is_finite():
        raise ValueError(f"the API returned {number}, which is not a finite number")
    return number
