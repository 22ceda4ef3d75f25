"""Notebook support: DataFrames, HTML tables and forecast plots of results.

pandas and matplotlib are optional (`tensorcost[pandas]`, `tensorcost[notebook]`) and imported
only when a conversion or a plot is asked for. The generated result types carry the methods
(`.to_pandas()`, `_repr_html_()`, `.plot()`) and reach this module through the hooks that
`_notebook` installs; this module is imported on the first such call.
"""

from __future__ import annotations

import html
import importlib
from collections.abc import AsyncIterable, Iterable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import islice
from typing import Any, Literal

from ._exceptions import InvalidArgumentError

MoneyAs = Literal["decimal", "float"]
#: `pandas.DataFrame` and `matplotlib.axes.Axes`; typed loosely so that neither optional
#: dependency is needed to import (or type-check) the SDK.
DataFrame = Any
Axes = Any
#: Rows shown by `_repr_html_` before "... N more".
HTML_MAX_ROWS = 50


def _optional(module: str, extra: str, feature: str) -> Any:
    """Import an optional dependency by name (so that type-checking the SDK does not need it)."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(
            f"{feature} needs {module.partition('.')[0]}: the SDK's `{extra}` extra "
            f"(pip install './sdk[{extra}]' from the repository; see docs/install.md)"
        ) from None


def _checked(money: MoneyAs) -> MoneyAs:
    if money not in ("decimal", "float"):
        raise InvalidArgumentError("money", f"must be 'decimal' or 'float', not {money!r}")
    return money


def _require_pandas() -> Any:
    return _optional("pandas", "pandas", "to_pandas()")


# -- flattening models into rows -----------------------------------------------------------------


def _is_money(value: Any) -> bool:
    fields = getattr(type(value), "__attrs_attrs__", None)
    return fields is not None and {f.name for f in fields} == {"amount", "currency", "additional_properties"}


def _fields(model: Any) -> Iterator[tuple[str, Any]]:
    """(JSON name, value) of each field; the generator appends `_` to names like `type`."""
    for f in type(model).__attrs_attrs__:
        if f.name == "additional_properties":
            yield from getattr(model, f.name).items()
        else:
            yield f.name.removesuffix("_"), getattr(model, f.name)


def _flatten(
    model: Any, money: MoneyAs, prefix: str = "", row: dict[str, Any] | None = None
) -> dict[str, Any]:
    """One row: nested models become `parent.child` columns, money an amount, times UTC datetimes."""
    from ._generated.types import Unset

    row = {} if row is None else row
    for name, value in _fields(model):
        key = prefix + name
        if isinstance(value, Unset):
            continue
        if _is_money(value):
            amount = Decimal(value.amount)
            row[key] = float(amount) if money == "float" else amount
            row.setdefault("currency", value.currency)
        elif hasattr(type(value), "__attrs_attrs__"):
            _flatten(value, money, key + ".", row)
        elif isinstance(value, datetime):
            row[key] = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
        else:
            row[key] = value
    return row


def rows(items: Iterable[Any], money: MoneyAs = "float") -> list[dict[str, Any]]:
    return [
        _flatten(item, money) if hasattr(type(item), "__attrs_attrs__") else {"value": item} for item in items
    ]


def _frame(records: list[dict[str, Any]]) -> DataFrame:
    pandas = _require_pandas()
    frame = pandas.DataFrame.from_records(records)
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(isinstance(v, datetime) for v in values):
            frame[column] = pandas.to_datetime(frame[column], utc=True)
    return frame


def to_pandas(items: Iterable[Any], *, money: MoneyAs = "float", max_items: int | None = None) -> DataFrame:
    """A DataFrame with one row per item (a list result, a page and all later pages, or any
    iterable of models). Money columns are float64 (they sum and plot; `money="decimal"` keeps
    exact `Decimal` objects), with a `currency` column; times are timezone-aware UTC; nested
    fields are `parent.child` columns."""
    return _frame(rows(islice(items, max_items), _checked(money)))


async def ato_pandas(
    items: AsyncIterable[Any], *, money: MoneyAs = "float", max_items: int | None = None
) -> DataFrame:
    """`to_pandas` for an async page: `await page.to_pandas()` walks the later pages too."""
    collected: list[Any] = []
    async for item in items:
        if max_items is not None and len(collected) >= max_items:
            break
        collected.append(item)
    return to_pandas(collected, money=money)


# -- HTML tables (no pandas needed) --------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S%z").replace("+0000", "Z")
    if isinstance(value, Decimal):
        return f"{value:,f}"
    if isinstance(value, float):
        return f"{value:,.6g}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def html_table(records: list[dict[str, Any]], *, title: str = "", more: int = 0) -> str:
    columns: list[str] = []
    for record in records:
        columns.extend(c for c in record if c not in columns)
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_cell(r.get(c)))}</td>" for c in columns) + "</tr>"
        for r in records
    )
    caption = f"<caption>{html.escape(title)}</caption>" if title else ""
    tail = f"<p>… {more:,} more</p>" if more else ""
    return f'<table class="tensorcost">{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{tail}'


def items_html(items: list[Any], title: str, *, more_pages: bool = False) -> str:
    shown = rows(items[:HTML_MAX_ROWS])
    more = len(items) - len(shown)
    note = " (first page; iterate for the rest)" if more_pages else ""
    return html_table(shown, title=f"{title}: {len(items)} items{note}", more=more)


def page_html(page: Any) -> str:
    """`_repr_html_` of a page: its own items, without fetching later pages."""
    return items_html(page.data, type(page).__name__, more_pages=page.has_next_page())


# -- the notebook methods of the result types ------------------------------------------------------
# The generated result types (`ResultList`, and the models codegen names in NOTEBOOK_RESULTS) call
# these through the hooks `_notebook` installs; the objects stay their generated types.


def list_html(items: list[Any]) -> str:
    """A list result as an HTML table, titled by its items' type."""
    return items_html(items, type(items[0]).__name__ if items else "items")


def record_html(model: Any) -> str:
    """One model as a field/value table."""
    record = _flatten(model, "decimal")
    return html_table([{"field": k, "value": v} for k, v in record.items()], title=type(model).__name__)


def items_frame(model: Any, *, money: MoneyAs = "float") -> DataFrame:
    """A model with `items` (cost by source or by tag): one row per item."""
    return to_pandas(model.items, money=money)


def items_result_html(model: Any) -> str:
    window = getattr(model, "window", None)
    span = f" {_cell(window.start)} to {_cell(window.end)}" if window is not None else ""
    return html_table(rows(model.items), title=f"{type(model).__name__}{span}")


def forecast_frame(forecast: Any, *, money: MoneyAs = "float") -> DataFrame:
    """One row per forecast period: start, end, mean, lower_bound, upper_bound, currency."""
    records = []
    money = _checked(money)
    for p in forecast.results_by_time:
        row = _flatten(p, money)
        records.append(
            {
                "start": row["period.start"],
                "end": row["period.end"],
                "mean": row["mean"],
                "lower_bound": row["lower_bound"],
                "upper_bound": row["upper_bound"],
                "currency": row.get("currency", forecast.currency),
            }
        )
    return _frame(records)


def plot_forecast(forecast: Any, ax: Axes | None = None) -> Axes:
    """Draw the forecast: the mean per period and its prediction interval as a band."""
    plt = _optional("matplotlib.pyplot", "notebook", "plot()")
    mdates = _optional("matplotlib.dates", "notebook", "plot()")
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 3.5))
    periods = forecast.results_by_time
    starts = [p.period.start for p in periods] + ([periods[-1].period.end] if periods else [])

    def series(name: str) -> list[float]:
        values = [float(getattr(p, name).amount) for p in periods]
        return values + values[-1:]  # repeat the last value so the last step spans its period

    ax.fill_between(
        starts,
        series("lower_bound"),
        series("upper_bound"),
        step="post",
        alpha=0.25,
        label=f"{forecast.prediction_interval_level}% interval",
    )
    ax.step(starts, series("mean"), where="post", label="mean")
    ax.set_title(f"Forecast, next {forecast.horizon_days} days ({forecast.granularity.lower()})")
    ax.set_ylabel(f"effective cost per period ({forecast.currency})")
    ax.legend(loc="best")
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    return ax


def forecast_html(forecast: Any) -> str:
    records = [
        {"from": p.period.start, "to": p.period.end, **_money_cells(p)} for p in forecast.results_by_time
    ] + [{"from": "total", "to": "", **_money_cells(forecast.total)}]
    title = (
        f"Forecast, next {forecast.horizon_days} days, {forecast.prediction_interval_level}% interval "
        f"({forecast.currency})"
    )
    return html_table(records, title=title)


def _money_cells(interval: Any) -> dict[str, Decimal]:
    return {k: Decimal(getattr(interval, k).amount) for k in ("mean", "lower_bound", "upper_bound")}
