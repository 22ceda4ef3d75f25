"""report: one-shot exports (CSV and PDF) of the tenant's state, and scheduled export jobs.

An export reads another service's data only through the plain functions of :class:`Reads`, which
the owners provide and ``registry.py`` hands in (gpu's instances and DCGM series, ai's
inference events as the clock generates them, alert's alerts, notification's channels, cost's
records, budgets, recommendations and savings ledger). CSV comes from the ``csv`` module (header row, RFC 4180 quoting), produced in
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
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from croniter import CroniterBadDateError, CroniterError, croniter

from tensorcost_mock.errors import conflict, validation_error
from tensorcost_mock.events import Emit
from tensorcost_mock.state import Collection, Record, TenantStore, iso, money, parse_time

if TYPE_CHECKING:
    from fpdf import FPDF  # fpdf2 pulls in numpy and fontTools: imported only to draw a PDF


@dataclass(frozen=True)
class Reads:
    """What report reads of other services. Report imports none of them: the registry hands these
    plain functions, each provided by the data's owner, to the runtime (``runtime.reads(Reads)``)."""

    #: cost: the cost records charged in [start, end) and before ``now`` (the last argument).
    cost_records: Callable[[TenantStore, datetime, datetime, datetime], list[Record]]
    #: cost: the cost records of every budget's current period, up to ``now``.
    budget_records: Callable[[TenantStore, datetime], list[Record]]
    #: cost: the tenant's budgets as stored (``render_budget`` turns one into the spec's ``Budget``).
    budgets: Callable[[TenantStore], list[Record]]
    #: cost: the tenant's recommendations as of ``now``.
    recommendations: Callable[[TenantStore, datetime], Collection]
    #: cost: a budget as the spec's ``Budget`` (spend, forecast, crossed thresholds) from cost records.
    render_budget: Callable[[Record, list[Record], datetime, list[str]], Record]
    #: cost: the savings ledger's entries, as of ``now``.
    savings_ledger: Callable[[TenantStore, datetime], list[Record]]
    #: gpu: the fleet's instances (the spec's ``GpuInstance``).
    instances: Callable[[TenantStore], list[Record]]
    #: gpu: the DCGM series of an instance, or None.
    gpu_series: Callable[[TenantStore, str], Any]
    #: gpu: (sum of GPU activity in thousandths, number of samples) of one instance's series over minutes [m0, m1).
    gpu_activity: Callable[[Any, int, int], tuple[int, int]]
    #: ai: the inference events (the spec's ``AiInferenceEvent``) of the Unix seconds [start, end) seen
    #: by ``now``, oldest first, generated as the clock reaches them (what ``GET /v1/ai/spend`` lists);
    #: None for a tenant without the ai service.
    ai_events: Callable[[TenantStore, int, int, int], list[Record] | None]
    #: alert: the tenant's alerts, or None for a tenant without the alert service.
    alerts: Callable[[TenantStore], list[Record] | None]
    #: notification: whether a channel id is one of the tenant's notification channels.
    has_channel: Callable[[TenantStore, str], bool]


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


def run_due_exports(store: TenantStore, now: datetime, emit: Emit) -> None:
    """Ticker: every scheduled export whose run fell due as the clock moved records it and schedules the next."""
    for job in store.collections.get("scheduled_exports") or ():
        catch_up(job, now)


def scheduled_export(store: TenantStore, body: Record, now: datetime, reads: Reads) -> Record:
    """A new scheduled export from the request ``body``: 409 ``DUPLICATE`` for a name in use (any
    case), 400 for a cron expression that is not one or never runs, an unknown time zone, a
    delivery to nobody or a channel not in the tenant; ``next_run_at`` is its next run after ``now``."""
    jobs = store.collection("scheduled_exports", kind="scheduled export")
    name = body["name"].strip()
    same = next((j for j in jobs if j["name"].casefold() == name.casefold()), None)
    if same is not None:
        raise conflict(
            "DUPLICATE", f"A scheduled export named {same['name']!r} exists already ({same['id']})"
        )
    problems: list[dict[str, str]] = []
    schedule = body["schedule"]
    cron: Cron | None = None
    tz: ZoneInfo | None = None
    try:
        cron = Cron.parse(schedule["cron"])
    except CronError as exc:
        problems.append(
            {"location": "body", "field": "schedule.cron", "message": f"is not a cron expression: {exc}"}
        )
    try:
        tz = zone(schedule["timezone"])
    except CronError as exc:
        problems.append({"location": "body", "field": "schedule.timezone", "message": str(exc)})
    upcoming = cron.next_after(now, tz) if cron is not None and tz is not None else None
    if cron is not None and tz is not None and upcoming is None:
        problems.append({"location": "body", "field": "schedule.cron", "message": "never runs"})
    delivery = body["delivery"]
    if not delivery["emails"] and not delivery["channel_ids"]:
        problems.append(
            {"location": "body", "field": "delivery", "message": "needs at least one email or channel"}
        )
    for i, channel_id in enumerate(delivery["channel_ids"]):
        if not reads.has_channel(store, channel_id):
            field_name = f"delivery.channel_ids.{i}"
            problems.append(
                {
                    "location": "body",
                    "field": field_name,
                    "message": f"no channel {channel_id} in this tenant",
                }
            )
    if problems:
        raise validation_error(problems)
    enabled = bool(body.get("enabled", True))
    return jobs.add(
        {
            "id": store.new_id("sch_", 14),
            "name": name,
            "resource": body["resource"],
            "format": body["format"],
            "period": body["period"],
            "schedule": {"cron": schedule["cron"], "timezone": schedule["timezone"]},
            "delivery": {"emails": list(delivery["emails"]), "channel_ids": list(delivery["channel_ids"])},
            "enabled": enabled,
            "next_run_at": iso(upcoming) if enabled and upcoming else None,
            "last_run_at": None,
            "created_at": iso(now),
        }
    )


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


def _export_instances(
    store: TenantStore, now: datetime, reads: Reads, start: datetime, end: datetime
) -> Export:
    instances = reads.instances(store)
    columns = ["id", "name", "state", "instance_type", "gpu_type", "gpu_count", "region", "hourly_cost",
               "currency", "mig_enabled", "agent_id", "launched_at", "tags"]  # fmt: skip
    rows = [
        [i["id"], i["name"], i["state"], i["instance_type"], i["gpu_type"], i["gpu_count"], i["region"],
         i["hourly_cost"]["amount"], i["hourly_cost"]["currency"], str(i["mig_enabled"]).lower(),
         i.get("agent_id") or "", i.get("launched_at") or "", json.dumps(i.get("tags") or {}, sort_keys=True)]
        for i in instances
    ]  # fmt: skip
    running = [i for i in instances if i["state"] == "running"]
    rate = sum((Decimal(i["hourly_cost"]["amount"]) for i in running), Decimal(0))
    return Export(
        "GPU fleet inventory",
        columns,
        rows,
        [("Instances", f"{len(instances)} ({len(running)} running)"), ("Running cost per hour", usd(rate)),
         ("GPUs running", str(sum(i["gpu_count"] for i in running)))],
        ["name", "state", "instance_type", "gpu_type", "gpu_count", "region", "hourly_cost", "launched_at"],
    )  # fmt: skip


def _export_cost(store: TenantStore, now: datetime, reads: Reads, start: datetime, end: datetime) -> Export:
    records = sorted(
        reads.cost_records(store, start, end, now),
        key=lambda r: (r["charge_period_start"], r["x_source"], r["service_name"]),
    )
    columns = ["charge_period_start", "charge_period_end", "x_source", "service_name", "x_workload", "x_team",
               "x_application", "x_environment", "x_owner", "effective_cost", "billed_cost", "list_cost",
               "billing_currency"]  # fmt: skip
    rows = [
        [iso(r["charge_period_start"]), iso(r["charge_period_end"]), r["x_source"], r["service_name"],
         r["x_workload"], r["tags"].get("team", ""), r["tags"].get("application", ""),
         r["tags"].get("environment", ""), r["tags"].get("owner", ""), str(r["effective_cost"]),
         str(r["billed_cost"]), str(r["list_cost"]), "USD"]
        for r in records
    ]  # fmt: skip
    totals = {
        k: sum((r[k] for r in records), Decimal(0)) for k in ("effective_cost", "billed_cost", "list_cost")
    }
    return Export(
        "Cost by day, source and allocation tag (FOCUS columns)",
        columns,
        rows,
        [("Effective cost", usd(totals["effective_cost"])), ("Billed cost", usd(totals["billed_cost"])),
         ("List cost", usd(totals["list_cost"])),
         ("Savings (list - effective)", usd(totals["list_cost"] - totals["effective_cost"])),
         ("Line items", str(len(records)))],
        ["charge_period_start", "x_source", "service_name", "x_team", "x_application", "x_environment",
         "effective_cost", "billed_cost", "list_cost"],
    )  # fmt: skip


def _export_ai_spend(
    store: TenantStore, now: datetime, reads: Reads, start: datetime, end: datetime
) -> Export:
    events = reads.ai_events(
        store, math.ceil(start.timestamp()), math.ceil(end.timestamp()), int(now.timestamp())
    )
    if events is None:  # without the ai service: the inference and agent lines of the cost records
        cost = _export_cost(store, now, reads, start, end)
        keep = [row for row in cost.rows if row[4] != "gpu"]
        cost.rows, cost.title = keep, "AI spend by day (managed inference and agents, from the cost records)"
        total = sum((Decimal(row[9]) for row in keep), Decimal(0))
        cost.summary = [("Effective cost", usd(total)), ("Line items", str(len(keep)))]
        return cost
    chosen = sorted(events, key=lambda e: (e["occurred_at"], e["id"]))
    columns = ["id", "occurred_at", "source", "model_id", "region", "requests", "input_tokens",
               "cache_read_input_tokens", "cache_write_input_tokens", "output_tokens", "latency_ms", "status",
               "effective_cost", "billing_currency", "x_application", "x_team", "x_environment", "x_owner",
               "agent_id", "workflow_id", "request_id"]  # fmt: skip
    rows = []
    groups: dict[tuple[str, str, str, str], list[Any]] = {}
    for e in chosen:
        u, a = e["usage"], e["attribution"]
        rows.append(
            [e["id"], e["occurred_at"], e["source"], e["model_id"], e.get("region") or "", e["requests"],
             u["input_tokens"], u["cache_read_input_tokens"], u["cache_write_input_tokens"], u["output_tokens"],
             "" if e.get("latency_ms") is None else e["latency_ms"], e["status"], e["cost"]["amount"],
             e["cost"]["currency"], a.get("application") or "", a.get("team") or "", a.get("environment") or "",
             a.get("owner") or "", a.get("agent_id") or "", a.get("workflow_id") or "", e["request_id"]]
        )  # fmt: skip
        key = (e["occurred_at"][:10], e["source"], e["model_id"], a.get("application") or "(untagged)")
        g = groups.setdefault(key, [0, 0, 0, Decimal(0)])
        g[0] += e["requests"]
        g[1] += u["input_tokens"] + u["cache_read_input_tokens"] + u["cache_write_input_tokens"]
        g[2] += u["output_tokens"]
        g[3] += Decimal(e["cost"]["amount"])
    total = sum((g[3] for g in groups.values()), Decimal(0))
    return Export(
        "AI spend: inference events",
        columns,
        rows,
        [("Effective cost", usd(total)), ("Events", f"{len(rows):,}"),
         ("Requests", f"{sum(g[0] for g in groups.values()):,}")],
        ["day", "source", "model_id", "application", "requests", "input_tokens", "output_tokens", "cost_usd"],
        [[*k, f"{g[0]:,}", f"{g[1]:,}", f"{g[2]:,}", money(g[3])["amount"]] for k, g in sorted(groups.items())],
        "One row per day, source, model and application; the CSV export lists every event.",
    )  # fmt: skip


def _export_alerts(store: TenantStore, now: datetime, reads: Reads, start: datetime, end: datetime) -> Export:
    columns = ["id", "triggered_at", "severity", "status", "type", "summary", "metric", "observed_value",
               "threshold", "cost_impact", "currency", "rule_id", "incident_id", "acknowledged_at",
               "acknowledged_by", "resolved_at", "resolved_by", "dedup_key"]  # fmt: skip
    pdf_columns = ["triggered_at", "severity", "status", "summary", "cost_impact"]
    alerts = reads.alerts(store)
    lo, hi = iso(start), iso(end)
    if alerts is None:  # without the alert service: the budget thresholds crossed in the window
        return _budget_alerts(store, now, reads, start, end, columns, pdf_columns)
    chosen = sorted(
        (a for a in alerts if lo <= a["triggered_at"] < hi), key=lambda a: (a["triggered_at"], a["id"])
    )

    def text(v: Any) -> str:
        return "" if v is None else str(v["amount"]) if isinstance(v, dict) else str(v)

    rows = [
        [a["id"], a["triggered_at"], a["severity"], a["status"], a["type"], a["summary"], text(a.get("metric")),
         text(a.get("observed_value")), text(a.get("threshold")),
         a["cost_impact"]["amount"] if a.get("cost_impact") else "",
         a["cost_impact"]["currency"] if a.get("cost_impact") else "", text(a.get("rule_id")),
         text(a.get("incident_id")), text(a.get("acknowledged_at")), text(a.get("acknowledged_by")),
         text(a.get("resolved_at")), text(a.get("resolved_by")), a["dedup_key"]]
        for a in chosen
    ]  # fmt: skip
    by_status: dict[str, int] = {}
    for a in chosen:
        by_status[a["status"]] = by_status.get(a["status"], 0) + 1
    impact = sum((Decimal(a["cost_impact"]["amount"]) for a in chosen if a.get("cost_impact")), Decimal(0))
    return Export(
        "Alerts triggered",
        columns,
        rows,
        [("Alerts", str(len(rows))), ("By status", ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))),
         ("Cost impact", usd(impact))],
        pdf_columns,
    )  # fmt: skip


def _budget_alerts(
    store: TenantStore,
    now: datetime,
    reads: Reads,
    start: datetime,
    end: datetime,
    columns: list[str],
    pdf_columns: list[str],
) -> Export:
    records = reads.budget_records(store, now)
    rows = []
    for budget in reads.budgets(store):
        rendered = reads.render_budget(budget, records, now, [])
        for t in rendered["thresholds"]:
            if t["crossed_at"] and iso(start) <= t["crossed_at"] < iso(end):
                percent = t["threshold_type"] == "percentage"
                value = t["threshold"] if percent else Decimal(t["threshold"]["amount"])
                unit = "%" if percent else f" {t['threshold']['currency']}"
                rows.append(
                    [budget["id"], t["crossed_at"], "warning", "triggered", "budget_threshold",
                     f"{budget['name']}: {t['notification_type'].lower()} spend crossed {value:g}{unit}",
                     "budget_spend", rendered["actual_spend"]["amount"], str(value), "", "", "", "", "",
                     "", "", "", f"{budget['id']}:{value}:{t['notification_type']}"]
                )  # fmt: skip
    rows.sort(key=lambda r: r[1])
    return Export("Budget thresholds crossed", columns, rows, [("Alerts", str(len(rows)))], pdf_columns)


def _export_metrics(
    store: TenantStore, now: datetime, reads: Reads, start: datetime, end: datetime
) -> Export:
    columns = ["hour_start", "instance_id", "instance_name", "instance_type", "gpu_type", "gpu_count",
               "samples", "avg_gr_engine_active", "hourly_cost", "currency"]  # fmt: skip
    instances = reads.instances(store)
    gpu_activity = reads.gpu_activity
    rows: list[list[Any]] = []
    summary_rows = []
    now_min = int(min(end, now).timestamp()) // 60
    first = int(start.timestamp()) // 60 // 60 * 60
    for inst in instances:
        s = reads.gpu_series(store, inst["id"])
        if s is None:
            continue  # an instance without DCGM samples
        lo, hi = max(first, s.first_min), s.end_min(now_min)
        total_sum = total_count = idle_hours = 0
        for hour_start in range(lo - lo % 60, hi, 60):
            m0, m1 = max(hour_start, lo), min(hour_start + 60, hi)
            act, count = gpu_activity(s, m0, m1)
            if count == 0:
                continue
            total_sum, total_count = total_sum + act, total_count + count
            idle_hours += act < 50 * count  # under 5 % on average
            stamp = iso(datetime.fromtimestamp(hour_start * 60, UTC))
            rows.append([stamp, inst["id"], inst["name"], inst["instance_type"], inst["gpu_type"],
                         inst["gpu_count"], count, f"{act / count / 1000:.4f}", inst["hourly_cost"]["amount"],
                         inst["hourly_cost"]["currency"]])  # fmt: skip
        if total_count:
            hourly = Decimal(inst["hourly_cost"]["amount"])
            summary_rows.append(
                [inst["name"], f"{inst['gpu_count']} x {inst['gpu_type']}", inst["state"],
                 f"{total_count // inst['gpu_count'] / 60:.0f}", f"{total_sum / total_count / 10:.1f}",
                 str(idle_hours), money(hourly * idle_hours)["amount"]]
            )  # fmt: skip
    rows.sort(key=lambda r: (r[0], r[2]))
    summary_rows.sort(key=lambda r: -Decimal(r[6]))
    idle_cost = sum((Decimal(r[6]) for r in summary_rows), Decimal(0))
    return Export(
        "GPU utilisation (DCGM gr_engine_active, hourly)",
        columns,
        rows,
        [("Instances with samples", str(len(summary_rows))), ("Instance-hours", f"{len(rows):,}"),
         ("Cost of hours under 5% activity", usd(idle_cost))],
        ["instance", "gpus", "state", "hours", "avg_activity_pct", "hours_under_5pct", "cost_of_those_hours"],
        summary_rows,
        "One row per instance, costliest idle time first; the CSV export has every instance-hour.",
    )  # fmt: skip


def _export_savings(
    store: TenantStore, now: datetime, reads: Reads, start: datetime, end: datetime
) -> Export:
    recs = reads.recommendations(store, now)
    lo, hi = iso(start), iso(end)
    entries = sorted(
        (
            e
            for e in reads.savings_ledger(store, now)
            if e["window"]["start"] < hi and e["window"]["end"] > lo
        ),
        key=lambda e: (e["window"]["start"], e["id"]),
    )
    columns = ["id", "recommendation_id", "recommendation_type", "recommendation_title", "window_start",
               "window_end", "baseline_cost", "actual_cost", "savings", "currency", "status", "created_at",
               "updated_at"]  # fmt: skip
    rows = []
    totals: dict[str, Decimal] = {}
    for e in entries:
        rec = recs.get(e["recommendation_id"])
        rows.append([e["id"], e["recommendation_id"], e["recommendation_type"], rec["title"] if rec else "",
                     e["window"]["start"], e["window"]["end"], e["baseline_cost"]["amount"],
                     e["actual_cost"]["amount"], e["savings"]["amount"], e["savings"]["currency"], e["status"],
                     e["created_at"], e["updated_at"]])  # fmt: skip
        totals[e["status"]] = totals.get(e["status"], Decimal(0)) + Decimal(e["savings"]["amount"])
    return Export(
        "Savings ledger",
        columns,
        rows,
        [(f"{status.capitalize()} savings", usd(totals.get(status, Decimal(0))))
         for status in ("realized", "projected", "reversed")] + [("Entries", str(len(rows)))],
        ["recommendation_type", "recommendation_title", "window_start", "window_end", "baseline_cost",
         "actual_cost", "savings", "status"],
    )  # fmt: skip


#: Each resource's export: (store, now, reads, start, end) -> the table.
EXPORTS: dict[str, Callable[[TenantStore, datetime, Reads, datetime, datetime], Export]] = {
    "instances": _export_instances,
    "cost": _export_cost,
    "ai-spend": _export_ai_spend,
    "alerts": _export_alerts,
    "metrics": _export_metrics,
    "savings": _export_savings,
}


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
