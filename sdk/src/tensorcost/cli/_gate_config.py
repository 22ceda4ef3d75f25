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

Strict: limits are TOML numbers (`75000`, `75_000`, `75000.50`; never the string "75,000"),
the three kinds of limits are arrays of tables (`[[forecast]]`, also for a single one) and
`[anomalies]` is one table. Every mistake is a `UsageError` (exit 2) naming the file and line;
tomllib reports no positions, so `_Lines` finds them by scanning the text.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, cast

from tensorcost.types import (
    ALERT_SEVERITY_VALUES,
    COST_TAG_DIMENSION_VALUES,
    FORECAST_HORIZON_DAYS_VALUES,
    SOURCE_VALUES,
    AlertSeverity,
    CostTagDimension,
    ForecastHorizonDays,
    Source,
)

from ._errors import UsageError
from ._gate_conditions import (
    Condition,
    MaxBudgetBurn,
    MaxDailySpend,
    MaxForecast,
    NoOpenAnomalies,
)

Check = Callable[[str, object], object]


def _number(value: object, what: str) -> Decimal:
    """A non-negative finite limit from a flag's text or a TOML number ("75,000" is refused)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise UsageError(f"{what} must be a number, not {value!r}")
    text = str(value).strip()
    try:
        number = Decimal(text)
    except InvalidOperation:
        hint = " (write it without thousands separators, e.g. 75000)" if "," in text else ""
        raise UsageError(f"{what} must be a number, not {value!r}{hint}") from None
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
    if source is not None and tag is not None:
        raise UsageError(f"a daily spend condition has a source or a tag, not both ({source!r} and {tag!r})")
    if source is None and tag is None:
        raise UsageError("a daily spend condition needs either a source or a tag (e.g. team:search)")
    if source is not None:
        return MaxDailySpend(limit=amount, source=_source(source))
    dimension, value = _tag(tag)
    return MaxDailySpend(limit=amount, tag=dimension, tag_value=value)


def _source(source: object) -> Source:
    return cast(Source, _choice(source, SOURCE_VALUES, "the source"))


def _tag(tag: object) -> tuple[CostTagDimension, str]:
    dimension, sep, value = str(tag).partition(":")
    if not sep or not value:
        raise UsageError(f"a tag is written TAG:VALUE, e.g. team:search, not {tag!r}")
    return cast(CostTagDimension, _choice(dimension, COST_TAG_DIMENSION_VALUES, "the tag")), value


def anomalies(severity: object) -> NoOpenAnomalies:
    sev = _choice(severity, ALERT_SEVERITY_VALUES, "the anomaly severity")
    return NoOpenAnomalies(severity=cast(AlertSeverity, sev))


# -- the config file -------------------------------------------------------------------------


def _typed(kind: type | tuple[type, ...], described: str) -> Check:
    """A check that a TOML value has the right type (a bool is never a number)."""

    def check(what: str, value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, kind):
            if isinstance(value, str):  # only numbers are checked for, here
                given = f"the string {value!r} (write 75000 or 75_000, without quotes)"
            elif isinstance(value, bool | int | float):
                given = str(value).lower() if isinstance(value, bool) else repr(value)
            else:
                given = (
                    "a table"
                    if isinstance(value, Mapping)
                    else "an array"
                    if isinstance(value, list)
                    else "a date"
                )
            raise UsageError(f"{what} must be {described}, not {given}")

    return check


_NUMBER = _typed((int, float), "a number")
_INTEGER = _typed(int, "an integer")
_STRING = _typed(str, "a string")


def _both(*checks: Check) -> Check:
    def check(what: str, value: object) -> None:
        for one in checks:
            one(what, value)

    return check


def _limit(what: str, value: object) -> None:
    _number(value, what)


def _one_of(allowed: Iterable[object]) -> Check:
    return lambda what, value: _choice(value, allowed, what)


def _nonempty(what: str, value: object) -> None:
    if not value:
        raise UsageError(f"{what} must not be empty")


# table -> key -> the check of its value (type first: a quoted "75,000" is a string, not a number).
_TABLES: dict[str, dict[str, Check]] = {
    "forecast": {
        "max": _both(_NUMBER, _limit),
        "horizon_days": _both(_INTEGER, _one_of(FORECAST_HORIZON_DAYS_VALUES)),
        "bound": _both(_STRING, _one_of(("mean", "upper"))),
    },
    "budget": {"name": _both(_STRING, _nonempty), "max_pct": _both(_NUMBER, _limit)},
    "daily_spend": {
        "max": _both(_NUMBER, _limit),
        "source": _both(_STRING, lambda _, value: _source(value)),
        "tag": _both(_STRING, lambda _, value: _tag(value)),
    },
    "anomalies": {"severity": _both(_STRING, _one_of(ALERT_SEVERITY_VALUES))},
}
_ARRAYS = ("forecast", "budget", "daily_spend")  # one entry per condition: [[forecast]]
_HEADER = re.compile(r"^\s*\[\[?\s*([\w.\-\"']+)\s*\]\]?\s*(?:#.*)?$")


class _Lines:
    """1-based line numbers of tables and keys in a TOML text, found by scanning it."""

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()

    def table(self, name: str, index: int = 0) -> int | None:
        """The header of the index-th `[name]`/`[[name]]`, else a top-level `name = ...`."""
        headers = [n for n, line in enumerate(self._lines, 1) if self._header(line) == name]
        if index < len(headers):
            return headers[index]
        assign = re.compile(rf"^\s*{re.escape(name)}\s*=")
        for n, line in enumerate(self._lines, 1):
            if self._header(line) is not None:
                break
            if assign.match(line):
                return n
        return None

    def key(self, table: str, index: int, key: str) -> int | None:
        """The line of `key = ...` inside the index-th `[table]`, else the table's own line."""
        start = self.table(table, index)
        if start is None:
            return None
        assign = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for n in range(start + 1, len(self._lines) + 1):
            line = self._lines[n - 1]
            if self._header(line) is not None:
                break
            if assign.match(line):
                return n
        return start

    @staticmethod
    def _header(line: str) -> str | None:
        match = _HEADER.match(line)
        return match.group(1).strip("\"'") if match else None


def _at(path: Path, line: int | None, message: str) -> UsageError:
    return UsageError(f"{path}:{line}: {message}" if line else f"{path}: {message}")


def _written(table: str) -> str:
    return f"[[{table}]]" if table in _ARRAYS else f"[{table}]"


def _entries(doc: Mapping[str, Any], table: str, path: Path, lines: _Lines) -> list[Mapping[str, Any]]:
    raw = doc.get(table)
    if raw is None:
        return []
    if table in _ARRAYS and isinstance(raw, Mapping):
        raise _at(
            path,
            lines.table(table),
            f"[{table}] is one table, but conditions are an array of tables: write [[{table}]] "
            "(also for a single condition)",
        )
    if table not in _ARRAYS and isinstance(raw, list):
        raise _at(path, lines.table(table), f"[[{table}]] is an array of tables; write one [{table}] table")
    entries = raw if isinstance(raw, list) else [raw]
    if not all(isinstance(e, Mapping) for e in entries):
        raise _at(path, lines.table(table), f"`{table}` must be written as {_written(table)}")
    for index, entry in enumerate(entries):
        for key, value in entry.items():
            check = _TABLES[table].get(key)
            if check is None:
                allowed = ", ".join(sorted(_TABLES[table]))
                message = f"unknown key {key!r} in {_written(table)}; allowed: {allowed}"
                raise _at(path, lines.key(table, index, key), message)
            try:
                check(f"{_written(table)} {key}", value)
            except UsageError as exc:
                raise _at(path, lines.key(table, index, key), str(exc)) from None
    return cast(list[Mapping[str, Any]], entries)


def _required(entry: Mapping[str, Any], key: str, table: str) -> Any:
    if key not in entry:
        raise UsageError(f"{_written(table)} needs `{key}`")
    return entry[key]


def _condition(table: str, entry: Mapping[str, Any]) -> Condition:
    if table == "forecast":
        return forecast(
            _required(entry, "max", table), entry.get("horizon_days", 30), entry.get("bound", "mean")
        )
    if table == "budget":
        return budget(_required(entry, "name", table), _required(entry, "max_pct", table))
    if table == "daily_spend":
        return daily_spend(_required(entry, "max", table), entry.get("source"), entry.get("tag"))
    return anomalies(_required(entry, "severity", table))


def from_file(path: Path) -> list[Condition]:
    """The conditions of a gate config file (see the module docstring for the format)."""
    try:
        text = path.read_text(encoding="utf-8")
        doc = tomllib.loads(text)
    except FileNotFoundError:
        raise UsageError(f"no gate config at {path}") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path} is not valid TOML: {exc}") from None
    lines = _Lines(text)
    unknown = sorted(set(doc) - set(_TABLES))
    if unknown:
        raise _at(
            path, lines.table(unknown[0]), f"unknown table [{unknown[0]}]; allowed: {', '.join(_TABLES)}"
        )
    conditions: list[Condition] = []
    for table in _TABLES:
        for index, entry in enumerate(_entries(doc, table, path, lines)):
            try:  # each value is checked already: what is left is a missing key or a source and a tag
                conditions.append(_condition(table, entry))
            except UsageError as exc:
                raise _at(path, lines.table(table, index), str(exc)) from None
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
