"""Alert and enforcement thresholds: a Money object for a spend metric, a plain number for the others."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tensorcost_mock.errors import ApiError
from tensorcost_mock.state import money

#: Metrics whose thresholds (and observed values) are amounts: a Money object in the spec.
SPEND_METRICS = frozenset({"daily_spend", "hourly_spend"})


def threshold_of(metric: str | None, value: float) -> Any:
    """A threshold or observed value as the spec writes it for ``metric``: Money for spend, else a number."""
    return money(Decimal(str(value))) if metric in SPEND_METRICS else value


def threshold_number(value: Any) -> float:
    """The number in a threshold, whether a Money object or a plain number."""
    return float(value["amount"]) if isinstance(value, dict) else float(value)


def check_thresholds(conditions: list[tuple[str, str | None, Any]]) -> None:
    """400 when a spend metric's threshold is a bare number, or another metric's is Money."""
    problems = [
        {
            "location": "body",
            "field": field,
            "message": "must be a Money object for a spend metric"
            if metric in SPEND_METRICS
            else "must be a number for this metric",
        }
        for field, metric, value in conditions
        if isinstance(value, dict) != (metric in SPEND_METRICS)
    ]
    if problems:
        raise ApiError(
            400,
            "VALIDATION_FAILED",
            "Request validation failed: " + problems[0]["field"] + " " + problems[0]["message"],
            problems,
        )
