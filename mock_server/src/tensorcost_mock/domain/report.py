"""report: one-shot exports (CSV and PDF) of the tenant's state, and scheduled export jobs.

An export reads the collections of the service that owns the resource when they exist
(``gpu_instances`` and the DCGM series of gpu, ``ai_events`` of ai, ``alerts`` of alert) and
otherwise builds the table from the cost service's own records (cost records, budgets, the
savings ledger). CSV comes from the ``csv`` module (header row, RFC 4180 quoting), produced in
chunks, its formula cells neutralised (a leading ``'``: OWASP's rule against CSV injection); the
PDF is a landscape A4 report drawn with fpdf2: a title block, summary lines and a ruled table
whose header repeats on every page.

Collection ``scheduled_exports``: the spec's ``ScheduledExport`` records. ``next_run_at`` comes
from the job's five-field cron expression (croniter) in its IANA time zone; when the mock clock passes it, the
next read moves it on and records the run in ``last_run_at``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from croniter import CroniterBadDateError, CroniterError, croniter

from tensorcost_mock.state import Collection, Record, TenantStore, iso, money, parse_time

if TYPE_CHECKING:
    from fpdf import FPDF  # fpdf2 pulls in numpy and fontTools: imported only to draw a PDF


@dataclass(frozen=True)
class Sources:
    """What the exports read from other services. Report imports none of them: the registry hands
    these plain functions to the runtime (``runtime.report_sources``)."""

    #: The cost records charged in [start, end).
    cost_records: Callable[[TenantStore, datetime, datetime], list[Record]]
    #: The tenant's recommendations as of ``now``.
    recommendations: Callable[[TenantStore, datetime], Collection]
    #: A budget as the spec's ``Budget`` (spend, forecast, crossed thresholds) from cost records.
    render_budget: Callable[[Record, list[Record], datetime, list[str]], Record]
    #: (sum of GPU activity in thousandths, number of samples) of one instance's series over minutes [m0, m1).
    gpu_activity: Callable[[Any, int, int], tuple[int, int]]


#: How far ahead to look for the next run (an expression like ``0 0 29 2 1`` may wait years).
_SEARCH_YEARS = 8


#: Wall-clock candidates a DST change may skip in a row (a minute-by-minute job in a repeated hour).
_DST_CANDIDATES = 2 * 60 + 1


class CronError(ValueError):
    pass


class Cron:
    """A five-field cron expression (minute hour day-of-month month day-of-week), read by croniter.

    croniter's syntax: lists, ranges (a reversed range wraps around), steps and month/day names;
    day-of-week 7 is Sunday; as in Vixie cron, when both day fields are restricted a day matching
    either one runs. Runs are wall-clock times in the job's zone: a local time that a DST change
    skips does not run, and a repeated one runs once (at its first occurrence).
    """

    def __init__(self, expr: str) -> None:
        self.expr = expr

    @classmethod
    def parse(cls, expr: str) -> Cron:
        if len(expr.split()) != 5:
            raise CronError("needs five fields: minute hour day-of-month month day-of-week")
        try:
            croniter.expand(expr)
        except (CroniterError, TypeError) as exc:  # a bad range type is croniter's TypeError
            raise CronError(str(exc)) from None
        return cls(expr)

    def next_after(self, after: datetime, tz: ZoneInfo) -> datetime | None:
        """The first run strictly after ``after`` (UTC), or None if there is none within years."""
        wall_clock = croniter(
            self.expr, after.astimezone(tz).replace(tzinfo=None), max_years_between_matches=_SEARCH_YEARS
        )
        for _ in range(_DST_CANDIDATES):
            try:
                wall = wall_clock.get_next(datetime)
            except CroniterBadDateError:
                return None
            run = wall.replace(tzinfo=tz)  # fold=0: the first of a repeated local time
            if run.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != wall:
                continue  # this local time does not exist that day (DST skipped it)
            if run.astimezone(UTC) > after:
                return run.astimezone(UTC)
        return None


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise CronError(f"{name!r} is not an IANA time zone") from exc


def last_run(cron: Cron, tz: ZoneInfo, now: datetime, lookback: timedelta) -> datetime | None:
    """The latest run at or before ``now`` within ``lookback``."""
    last = None
    run = cron.next_after(now - lookback, tz)
    while run is not None and run <= now:
        last = run
        run = cron.next_after(run, tz)
    return last


def catch_up(job: Record, now: datetime) -> None:
    """Runs that became due as the mock clock moved: record the last, schedule the next."""
    due = job["next_run_at"]
    if not job["enabled"] or due is None or parse_time(due) > now:
        return
    cron, tz = Cron.parse(job["schedule"]["cron"]), zone(job["schedule"]["timezone"])
    last = parse_time(due)
    previous = last_run(cron, tz, now, now - last + timedelta(minutes=1))
    upcoming = cron.next_after(now, tz)
    job["last_run_at"] = iso(previous or last)
    job["next_run_at"] = iso(upcoming) if upcoming else None


@dataclass
class Export:
    """A table to export; ``pdf_*`` narrow or aggregate it for the printed report."""

    title: str
    columns: list[str]
    rows: list[list[Any]]
    summary: list[tuple[str, str]] = field(default_factory=list)
    pdf_columns: list[str] | None = None  # None: the CSV columns
    pdf_rows: list[list[Any]] | None = None  # rows for pdf_columns when they are not a projection
    pdf_note: str | None = None


def _amount(value: Any) -> str:
    return str(value["amount"]) if isinstance(value, dict) else str(value)


def usd(value: Decimal) -> str:
    return f"{money(value)['amount']} USD"


#: A spreadsheet reads a cell starting with one of these as a formula (OWASP: CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


#: A plain (possibly negative) number, e.g. ``-12.50`` or ``1,234``: a value, never a formula.
_PLAIN_NUMBER = re.compile(r"-?[0-9][0-9,]*(\.[0-9]+)?")


def neutralise(cell: Any) -> Any:
    """``'`` before a text cell a spreadsheet would run as a formula; numbers stay numbers."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def csv_chunks(columns: list[str], rows: Iterable[list[Any]], rows_per_chunk: int = 500) -> Iterator[bytes]:
    """UTF-8 CSV with a header row, in chunks of ``rows_per_chunk`` rows (ready for a streamed body).

    Cells are neutralised (:func:`neutralise`): instance names and tag values come from customers'
    cloud accounts."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(c) for c in columns])
    for n, row in enumerate(rows, 1):
        writer.writerow([neutralise(c) for c in row])
        if n % rows_per_chunk == 0:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode()


PDF_MAX_ROWS = 2000


_LATIN1 = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"',
                         "\u201d": '"', "\u2026": "...", "\u2192": "->", "\u00a0": " "})  # fmt: skip


def _latin1(text: Any) -> str:
    """The core PDF fonts only know Latin-1."""
    return str(text).translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")


def _fit(pdf: FPDF, text: str, width: float) -> str:
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + "...") > width:
        text = text[:-1]
    return text + "..."


def render_pdf(export: Export, tenant: str, window: str, now: datetime) -> bytes:
    if export.pdf_rows is not None:
        columns, rows = export.pdf_columns or export.columns, export.pdf_rows
    else:
        columns = export.pdf_columns or export.columns
        picks = [export.columns.index(c) for c in columns]
        rows = [[row[i] for i in picks] for row in export.rows]
    note = export.pdf_note
    if len(rows) > PDF_MAX_ROWS:
        note = f"The first {PDF_MAX_ROWS:,} of {len(rows):,} rows; the CSV export has all of them."
        rows = rows[:PDF_MAX_ROWS]
    cells = [[_latin1(c) for c in columns]] + [[_latin1(v) for v in row] for row in rows]
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_creation_date(now)
    pdf.set_title(f"TensorCost - {export.title}")
    pdf.set_creator("tensorcost-mock")
    pdf.set_auto_page_break(False)
    pdf.set_margins(12, 12, 12)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, _latin1(f"TensorCost - {export.title}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0, 5, _latin1(f"{tenant} | {window} | generated {iso(now)}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(2)
    for label, value in export.summary:
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(55, 5, _latin1(label))
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 5, _latin1(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if note:
        pdf.set_font("Helvetica", "I", 8)
        pdf.cell(0, 5, _latin1(note), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 7)
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    sample = cells[: min(len(cells), 300)]
    natural = [max(pdf.get_string_width(r[i]) for r in sample) + 3 for i in range(len(columns))]
    scale = min(1.0, usable / sum(natural))
    widths = [w * scale for w in natural]
    if scale == 1.0:
        widths = [w + (usable - sum(natural)) / len(natural) for w in natural]
    numeric = [
        all(_is_number(r[i]) for r in cells[1:] if r[i]) and len(cells) > 1 for i in range(len(columns))
    ]
    line = 5.0

    def header() -> None:
        pdf.set_font("Helvetica", "B", 7)
        pdf.set_fill_color(225, 230, 240)
        for w, text in zip(widths, cells[0], strict=True):
            pdf.cell(w, line + 1, _fit(pdf, text, w - 1.5), border=1, fill=True)
        pdf.ln(line + 1)
        pdf.set_font("Helvetica", "", 7)

    header()
    for n, row in enumerate(cells[1:]):
        if pdf.get_y() + line > pdf.h - pdf.b_margin - 6:
            _footer(pdf)
            pdf.add_page()
            header()
        pdf.set_fill_color(246, 247, 250)
        for w, text, right in zip(widths, row, numeric, strict=True):
            pdf.cell(
                w, line, _fit(pdf, text, w - 1.5), border=1, align="R" if right else "L", fill=n % 2 == 1
            )
        pdf.ln(line)
    if len(cells) == 1:
        pdf.set_font("Helvetica", "I", 8)
        pdf.cell(0, line, "No records in this window.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    _footer(pdf)
    return bytes(pdf.output())


def _footer(pdf: FPDF) -> None:
    y = pdf.get_y()
    pdf.set_y(pdf.h - 10)
    pdf.set_font("Helvetica", "", 7)
    pdf.cell(0, 4, f"Page {pdf.page_no()}", align="R")
    pdf.set_y(y)
    pdf.set_font("Helvetica", "", 7)


def _is_number(text: str) -> bool:
    try:
        Decimal(text.replace(",", ""))
    except ArithmeticError:
        return False
    return True
