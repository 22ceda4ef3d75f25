"""Gate conditions from the command line and from a TOML file kept in the gated repository.

# tensorcost-gate.toml
[[forecast]]
horizon_days = 30        # 30, 60 or 90
max = 60000              # in the tenant's currency
bound = "mean"           # or "upper": the top of the prediction interval

[[budget]]
name = "GPU fleet"       # budget name or id
max_pct = 90             # percent of the budget's limit consumed this period

[[daily_spend]]
source = "bedrock"       # or: tag = "team:search"
max = 500                # yesterday's (UTC) effective cost

[anomalies]
severity = "critical"    # no open anomaly this severe or worse
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, cast

from tensorcost._generated.models.alert_severity import ALERT_SEVERITY_VALUES, AlertSeverity
from tensorcost._generated.models.cost_tag_dimension import COST_TAG_DIMENSION_VALUES, CostTagDimension
from tensorcost._generated.models.forecast_horizon_days import (
    FORECAST_HORIZON_DAYS_VALUES,
    ForecastHorizonDays,
)
from tensorcost._generated.models.source import SOURCE_VALUES, Source

from ._errors import UsageError
from ._gate_conditions import (
    Condition,
    MaxBudgetBurn,
    MaxDailySpend,
    MaxForecast,
    NoOpenAnomalies,
)

DEFAULT_CONFIG = "tensorcost-gate.toml"
_TABLES = {
    "forecast": {"max", "horizon_days", "bound"},
    "budget": {"name", "max_pct"},
    "daily_spend": {"max", "source", "tag"},
    "anomalies": {"severity"},
}


def _number(value: object, what: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise UsageError(f"{what} must be a number, not {value!r}")
    try:
        number = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        raise UsageError(f"{what} must be a number, not {value!r}") from None
    if not number.is_finite() or number < 0:
        raise UsageError(f"{what} must be a non-negative number, not {value!r}")
    return number


def _choice(value: object, allowed: Iterable[object], what: str) -> Any:
    options = sorted(allowed, key=str)
    if value not in options:
        raise UsageError(f"{what} must be one of {', '.join(map(str, options))}, not {value!r}")
    return value


def forecast(limit: object, horizon_days: object = 30, bound: object = "mean") -> MaxForecast:
    days = _choice(_as_int(horizon_days), FORECAST_HORIZON_DAYS_VALUES, "the forecast horizon (days)")
    return MaxForecast(
        limit=_number(limit, "the forecast limit"),
        horizon_days=cast(ForecastHorizonDays, days),
        bound=_choice(bound, ("mean", "upper"), "the forecast bound"),
    )


def _as_int(value: object) -> object:
    try:
        return int(str(value))
    except ValueError:
        return value


def budget(name: object, max_pct: object) -> MaxBudgetBurn:
    if not isinstance(name, str) or not name:
        raise UsageError(f"a budget condition needs the budget's name or id, not {name!r}")
    return MaxBudgetBurn(budget=name, limit=_number(max_pct, f"the burn limit of budget {name!r}"))


def daily_spend(limit: object, source: object = None, tag: object = None) -> MaxDailySpend:
    """`source="bedrock"`, or `tag="team:search"` (an allocation tag and its value)."""
    amount = _number(limit, "the daily spend limit")
    if (source is None) == (tag is None):
        raise UsageError("a daily spend condition needs either a source or a tag (e.g. team:search)")
    if source is not None:
        src = _choice(source, SOURCE_VALUES, "the source")
        return MaxDailySpend(limit=amount, source=cast(Source, src))
    dimension, sep, value = str(tag).partition(":")
    if not sep or not value:
        raise UsageError(f"a tag is written TAG:VALUE, e.g. team:search, not {tag!r}")
    dim = _choice(dimension, COST_TAG_DIMENSION_VALUES, "the tag")
    return MaxDailySpend(limit=amount, tag=cast(CostTagDimension, dim), tag_value=value)


def anomalies(severity: object) -> NoOpenAnomalies:
    sev = _choice(severity, ALERT_SEVERITY_VALUES, "the anomaly severity")
    return NoOpenAnomalies(severity=cast(AlertSeverity, sev))


def _entries(doc: Mapping[str, Any], key: str, path: Path) -> list[Mapping[str, Any]]:
    raw = doc.get(key, [])
    entries = [raw] if isinstance(raw, Mapping) else raw
    if not isinstance(entries, list) or not all(isinstance(e, Mapping) for e in entries):
        raise UsageError(f"{path}: [{key}] must be a table or an array of tables ([[{key}]])")
    for entry in entries:
        unknown = set(entry) - _TABLES[key]
        if unknown:
            raise UsageError(
                f"{path}: unknown key {sorted(unknown)[0]!r} in [{key}]; allowed: {', '.join(sorted(_TABLES[key]))}"
            )
    return cast(list[Mapping[str, Any]], entries)


def _required(entry: Mapping[str, Any], key: str, table: str, path: Path) -> Any:
    if key not in entry:
        raise UsageError(f"{path}: [{table}] needs `{key}`")
    return entry[key]


def from_file(path: Path) -> list[Condition]:
    """The conditions of a gate config file (see the module docstring for the format)."""
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"no gate config at {path}") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path} is not valid TOML: {exc}") from None
    unknown = set(doc) - set(_TABLES)
    if unknown:
        raise UsageError(f"{path}: unknown table [{sorted(unknown)[0]}]; allowed: {', '.join(_TABLES)}")
    conditions: list[Condition] = []
    for e in _entries(doc, "forecast", path):
        conditions.append(
            forecast(_required(e, "max", "forecast", path), e.get("horizon_days", 30), e.get("bound", "mean"))
        )
    for e in _entries(doc, "budget", path):
        conditions.append(
            budget(_required(e, "name", "budget", path), _required(e, "max_pct", "budget", path))
        )
    for e in _entries(doc, "daily_spend", path):
        conditions.append(
            daily_spend(_required(e, "max", "daily_spend", path), e.get("source"), e.get("tag"))
        )
    for e in _entries(doc, "anomalies", path):
        conditions.append(anomalies(_required(e, "severity", "anomalies", path)))
    return conditions


def _split_limit(flag: str, text: str) -> tuple[str, str]:
    key, sep, limit = text.rpartition("=")
    if not sep or not key or not limit:
        raise UsageError(f"{flag} takes KEY=LIMIT, not {text!r}")
    return key, limit


def from_flags(
    *,
    max_forecast: str | None,
    horizon_days: int,
    forecast_bound: str,
    max_budget_burn: list[str],
    max_daily_spend: list[str],
    no_open_anomalies: list[str],
) -> list[Condition]:
    """The conditions given on the command line."""
    conditions: list[Condition] = []
    if max_forecast is not None:
        conditions.append(forecast(max_forecast, horizon_days, forecast_bound))
    for text in max_budget_burn:
        name, pct = _split_limit("--max-budget-burn", text)
        conditions.append(budget(name, pct.rstrip("%")))
    for text in max_daily_spend:
        key, limit = _split_limit("--max-daily-spend", text)
        conditions.append(daily_spend(limit, tag=key) if ":" in key else daily_spend(limit, source=key))
    conditions.extend(anomalies(s) for s in no_open_anomalies)
    return conditions
