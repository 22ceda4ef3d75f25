"""report's handlers: scheduled exports and the CSV/PDF exports of instances, cost, AI spend,
alerts, GPU metrics and savings (what they read from cost and gpu comes through
``runtime.report_sources``, see :class:`tensorcost_mock.domain.report.Sources`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from tensorcost_mock.api.context import HandlerContext, Reply, handler, query_window
from tensorcost_mock.domain.report import (
    Cron,
    CronError,
    Export,
    Sources,
    catch_up,
    csv_chunks,
    render_pdf,
    usd,
    zone,
)
from tensorcost_mock.errors import conflict, validation_error
from tensorcost_mock.state import Record, iso, money


def _sources(ctx: HandlerContext) -> Sources:
    """The other services' data the exports read, as the registry wired them into the runtime."""
    sources = ctx.runtime.report_sources
    assert sources is not None, "the server is built with handlers/registry.py's REPORT_SOURCES"
    return sources


@handler("report_list_scheduled_exports")
def list_scheduled_exports(ctx: HandlerContext) -> Reply:
    jobs = list(ctx.store.collection("scheduled_exports"))
    for job in jobs:
        catch_up(job, ctx.now)
    jobs.sort(key=lambda j: (j["next_run_at"] is None, j["next_run_at"] or "", j["name"]))
    return ctx.ok(jobs)


@handler("report_create_scheduled_export")
def create_scheduled_export(ctx: HandlerContext) -> Reply:
    body: Record = ctx.body
    jobs = ctx.store.collection("scheduled_exports", kind="scheduled export")
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
    upcoming = cron.next_after(ctx.now, tz) if cron is not None and tz is not None else None
    if cron is not None and tz is not None and upcoming is None:
        problems.append({"location": "body", "field": "schedule.cron", "message": "never runs"})
    delivery = body["delivery"]
    if not delivery["emails"] and not delivery["channel_ids"]:
        problems.append(
            {"location": "body", "field": "delivery", "message": "needs at least one email or channel"}
        )
    channels = ctx.store.collections.get("notification_channels")
    for i, channel_id in enumerate(delivery["channel_ids"]):
        if channels is not None and channel_id not in channels:
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
    job = jobs.add(
        {
            "id": ctx.store.new_id("sch_", 14),
            "name": name,
            "resource": body["resource"],
            "format": body["format"],
            "period": body["period"],
            "schedule": {"cron": schedule["cron"], "timezone": schedule["timezone"]},
            "delivery": {"emails": list(delivery["emails"]), "channel_ids": list(delivery["channel_ids"])},
            "enabled": enabled,
            "next_run_at": iso(upcoming) if enabled and upcoming else None,
            "last_run_at": None,
            "created_at": iso(ctx.now),
        }
    )
    return ctx.created(job)


def _export_instances(ctx: HandlerContext, start: datetime, end: datetime) -> Export:
    instances = list(ctx.store.collections.get("gpu_instances") or [])
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


def _export_cost(ctx: HandlerContext, start: datetime, end: datetime) -> Export:
    records = sorted(
        _sources(ctx).cost_records(ctx.store, start, end),
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


def _export_ai_spend(ctx: HandlerContext, start: datetime, end: datetime) -> Export:
    events = ctx.store.collections.get("ai_events")
    if events is None:  # without the ai service: the inference and agent lines of the cost records
        cost = _export_cost(ctx, start, end)
        keep = [row for row in cost.rows if row[4] != "gpu"]
        cost.rows, cost.title = keep, "AI spend by day (managed inference and agents, from the cost records)"
        total = sum((Decimal(row[9]) for row in keep), Decimal(0))
        cost.summary = [("Effective cost", usd(total)), ("Line items", str(len(keep)))]
        return cost
    lo, hi = iso(start), iso(end)
    chosen = sorted(
        (e for e in events if lo <= e["occurred_at"] < hi), key=lambda e: (e["occurred_at"], e["id"])
    )
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


def _export_alerts(ctx: HandlerContext, start: datetime, end: datetime) -> Export:
    columns = ["id", "triggered_at", "severity", "status", "type", "summary", "metric", "observed_value",
               "threshold", "cost_impact", "currency", "rule_id", "incident_id", "acknowledged_at",
               "acknowledged_by", "resolved_at", "resolved_by", "dedup_key"]  # fmt: skip
    pdf_columns = ["triggered_at", "severity", "status", "summary", "cost_impact"]
    alerts = ctx.store.collections.get("alerts")
    lo, hi = iso(start), iso(end)
    if alerts is None:  # without the alert service: the budget thresholds crossed in the window
        return _budget_alerts(ctx, start, end, columns, pdf_columns)
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
    ctx: HandlerContext, start: datetime, end: datetime, columns: list[str], pdf_columns: list[str]
) -> Export:
    records = list(ctx.store.collection("cost_records"))
    rows = []
    for budget in ctx.store.collection("budgets"):
        rendered = _sources(ctx).render_budget(budget, records, ctx.now, [])
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


def _export_metrics(ctx: HandlerContext, start: datetime, end: datetime) -> Export:
    columns = ["hour_start", "instance_id", "instance_name", "instance_type", "gpu_type", "gpu_count",
               "samples", "avg_gr_engine_active", "hourly_cost", "currency"]  # fmt: skip
    instances = ctx.store.collections.get("gpu_instances")
    gpu_activity = _sources(ctx).gpu_activity
    series: dict[str, Any] = ctx.store.singletons.get("gpu_series") or {}
    rows: list[list[Any]] = []
    summary_rows = []
    now_min = int(min(end, ctx.now).timestamp()) // 60
    first = int(start.timestamp()) // 60 // 60 * 60
    for inst in instances or []:
        s = series.get(inst["id"])
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


def _export_savings(ctx: HandlerContext, start: datetime, end: datetime) -> Export:
    recs = _sources(ctx).recommendations(ctx.store, ctx.now)
    lo, hi = iso(start), iso(end)
    entries = sorted(
        (
            e
            for e in ctx.store.collection("savings_ledger")
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


EXPORTS: dict[str, Callable[[HandlerContext, datetime, datetime], Export]] = {
    "instances": _export_instances,
    "cost": _export_cost,
    "ai-spend": _export_ai_spend,
    "alerts": _export_alerts,
    "metrics": _export_metrics,
    "savings": _export_savings,
}


@handler("report_export")
def export(ctx: HandlerContext) -> Reply:
    resource, fmt = str(ctx.path["resource"]), str(ctx.query["format"])
    start, end = query_window(ctx)
    table = EXPORTS[resource](ctx, start, end)
    stamps = [d.date().isoformat().replace("-", "") for d in (start, end)]
    filename = f"tensorcost-{resource}-{stamps[0]}-{stamps[1]}.{fmt}"
    if fmt == "csv":
        return ctx.file(csv_chunks(table.columns, table.rows), "text/csv", filename)  # streamed
    tenant = ctx.principal.tenant.name if ctx.principal else ""
    window = "current inventory" if resource == "instances" else f"{iso(start)} to {iso(end)}"
    return ctx.file(render_pdf(table, tenant, window, ctx.now), "application/pdf", filename)
