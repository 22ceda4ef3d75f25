"""Checked by mypy --strict in `nox -s typecheck`, never run: `tensorcost.types` loads its names
on first use, yet type checkers see each real model, enum and value set, and reject a name it
does not define. Each `type: ignore[...]` below must be needed (strict mode reports unused ones).
"""

from __future__ import annotations

from typing import assert_type

import tensorcost.types
from tensorcost.types import ALERT_SEVERITY_VALUES, AlertSeverity, CostSummary, Money, ResultList


def names(summary: CostSummary, budgets: ResultList[tensorcost.types.Budget]) -> None:
    assert_type(summary.effective_cost, Money)
    assert_type(budgets[0], tensorcost.types.Budget)
    assert_type(ALERT_SEVERITY_VALUES, frozenset[AlertSeverity])
    assert_type(
        tensorcost.types.FORECAST_HORIZON_DAYS_VALUES, frozenset[tensorcost.types.ForecastHorizonDays]
    )


def rejected() -> None:
    _severity: AlertSeverity = "urgent"  # type: ignore[assignment]
    tensorcost.types.NoSuchModel  # type: ignore[attr-defined]  # noqa: B018
    tensorcost.types.check_alert_severity  # type: ignore[attr-defined]  # noqa: B018 (generated helper, not public)
