"""The conditions `tensorcost gate` checks. Each measures one number through the SDK and
compares it with its limit: the condition holds when `measured <= limit`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Literal

from tensorcost import TensorCost, to_decimal
from tensorcost.types import AlertSeverity, CostTagDimension, ForecastHorizonDays, Source

from ._errors import UsageError
from ._output import money

#: The PagerDuty Events v2 scale the spec's severities follow, worst first.
SEVERITY_ORDER: tuple[AlertSeverity, ...] = ("critical", "error", "warning", "info")


@dataclass(frozen=True)
class Measurement:
    value: Decimal
    unit: str  # "USD", "%", "anomalies"
    detail: str = ""


@dataclass(frozen=True)
class MaxForecast:
    """The forecast effective cost over the next `horizon_days` stays at or under `limit`."""

    limit: Decimal
    horizon_days: ForecastHorizonDays = 30
    bound: Literal["mean", "upper"] = "mean"

    @property
    def name(self) -> str:
        return f"forecast {self.horizon_days}d ({self.bound})"

    @property
    def unit(self) -> str:
        return "USD"

    def measure(self, tc: TensorCost) -> Measurement:
        f = tc.cost.get_forecast(horizon_days=self.horizon_days)
        interval = f.total.mean if self.bound == "mean" else f.total.upper_bound
        detail = f"{f.prediction_interval_level}% interval {f.total.lower_bound.amount}-{f.total.upper_bound.amount}"
        return Measurement(to_decimal(interval), interval.currency, detail)


@dataclass(frozen=True)
class MaxBudgetBurn:
    """The named budget (name or id) has consumed at most `limit` percent of its limit this period."""

    budget: str
    limit: Decimal

    @property
    def name(self) -> str:
        return f"budget burn {self.budget}"

    @property
    def unit(self) -> str:
        return "%"

    def measure(self, tc: TensorCost) -> Measurement:
        budgets = tc.cost.list_budgets()
        match = [b for b in budgets if self.budget in (b.id, b.name)]
        if not match:
            names = ", ".join(repr(b.name) for b in budgets) or "none"
            raise UsageError(f"no budget named {self.budget!r} in this tenant; budgets: {names}")
        b = match[0]
        detail = f"{money(b.actual_spend)} of {money(b.limit)} ({b.time_unit.lower()})"
        return Measurement(Decimal(str(b.burn_rate.pct_budget_consumed)), "%", detail)


def last_full_day(now: datetime | None = None) -> tuple[datetime, datetime]:
    """Yesterday in UTC, [00:00, 24:00): the latest day whose spend is complete."""
    today = (now or datetime.now(UTC)).astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return today - timedelta(days=1), today


@dataclass(frozen=True)
class MaxDailySpend:
    """Yesterday's (UTC) effective cost of one source, or of one value of an allocation tag,
    stays at or under `limit`."""

    limit: Decimal
    source: Source | None = None
    tag: CostTagDimension | None = None
    tag_value: str | None = None
    #: A source or tag value absent from yesterday's costs counts as 0 only when allowed: a typo
    #: (`team:serach`) must not pass the gate.
    allow_missing: bool = False

    @property
    def name(self) -> str:
        scope = f"source {self.source}" if self.source else f"{self.tag} {self.tag_value}"
        return f"daily spend {scope}"

    @property
    def unit(self) -> str:
        return "USD"

    def measure(self, tc: TensorCost) -> Measurement:
        start, end = last_full_day()
        day = f"{start:%Y-%m-%d}"
        if self.source is not None:
            by_source = tc.cost.get_by_source(start=start, end=end)
            cost = next((i.effective_cost for i in by_source.items if i.source == self.source), None)
            currency = by_source.currency
            known = [str(i.source) for i in by_source.items]
        else:
            assert self.tag is not None
            by_tag = tc.cost.get_by_tag(group_by=self.tag, start=start, end=end)
            cost = next((i.effective_cost for i in by_tag.items if i.value == self.tag_value), None)
            currency = by_tag.currency
            known = [i.value for i in by_tag.items]
        if cost is None:
            if not self.allow_missing:
                what = f"source {self.source}" if self.source else f"{self.tag} value {self.tag_value!r}"
                listed = ", ".join(repr(k) for k in known[:20]) or "none"
                raise UsageError(
                    f"no cost for {what} on {day} (values with cost: {listed}); check the spelling, "
                    "or pass --allow-missing when no cost is expected"
                )
            return Measurement(Decimal(0), currency, f"no cost on {day}")
        return Measurement(to_decimal(cost), cost.currency, f"on {day}")


@dataclass(frozen=True)
class NoOpenAnomalies:
    """No anomaly of `severity` or worse is open."""

    severity: AlertSeverity

    @property
    def limit(self) -> Decimal:
        return Decimal(0)

    @property
    def name(self) -> str:
        return f"open anomalies {self.severity}+"

    @property
    def unit(self) -> str:
        return "anomalies"

    def measure(self, tc: TensorCost) -> Measurement:
        worst = SEVERITY_ORDER[: SEVERITY_ORDER.index(self.severity) + 1]
        found = [a for a in tc.ai.list_anomalies(status="open") if a.severity in worst]
        detail = ", ".join(f"{a.id} ({a.severity}: {a.title})" for a in found[:5])
        return Measurement(Decimal(len(found)), "anomalies", detail)


Condition = MaxForecast | MaxBudgetBurn | MaxDailySpend | NoOpenAnomalies
