"""The read commands: `cost summary|by-source|by-tag|forecast`, `gpu idle`, `ai anomalies`,
`alerts list`, `export`. Each takes a client, its arguments and an `Output`."""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path
from typing import Any

from tensorcost import TensorCost

from ._errors import EXIT_OK, UsageError
from ._output import Output, Table, money, when


def _window(args: argparse.Namespace) -> dict[str, Any]:
    return {k: v for k in ("start", "end") if (v := getattr(args, k, None)) is not None}


def _filters(args: argparse.Namespace, *names: str) -> dict[str, Any]:
    return {n: v for n in names if (v := getattr(args, n, None)) is not None}


def cost_summary(tc: TensorCost, args: argparse.Namespace, out: Output) -> int:
    s = tc.cost.get_summary(**_window(args))
    if out.as_json:
        out.json(s)
        return EXIT_OK
    w = s.by_workload
    rows = [
        ["Effective cost", money(s.effective_cost)],
        ["Billed cost", money(s.billed_cost)],
        ["List cost", money(s.list_cost)],
        ["Savings", money(s.savings)],
        ["  GPU", money(w.gpu)],
        ["  Managed inference", money(w.managed_inference)],
        ["  Agents", money(w.agents)],
        ["Cost events", f"{s.event_count:,}"],
    ]
    title = f"Cost summary {when(s.window.start)} to {when(s.window.end)}"
    out.table(Table(title, ["", "amount"], rows, numeric=frozenset({"amount"})))
    return EXIT_OK


def cost_by_source(tc: TensorCost, args: argparse.Namespace, out: Output) -> int:
    r = tc.cost.get_by_source(**_window(args))
    if out.as_json:
        out.json(r)
        return EXIT_OK
    rows = [
        [i.source, money(i.effective_cost), money(i.billed_cost), money(i.list_cost), f"{i.share:.1%}"]
        for i in r.items
    ]
    title = f"Cost by source {when(r.window.start)} to {when(r.window.end)}"
    columns = ["source", "effective", "billed", "list", "share"]
    footer = f"Total effective cost: {money(r.total_effective_cost)}"
    out.table(Table(title, columns, rows, numeric=frozenset(columns[1:]), footer=footer))
    return EXIT_OK


def cost_by_tag(tc: TensorCost, args: argparse.Namespace, out: Output) -> int:
    r = tc.cost.get_by_tag(group_by=args.group_by, **_window(args))
    if out.as_json:
        out.json(r)
        return EXIT_OK
    rows = [[i.value, money(i.effective_cost), money(i.billed_cost), f"{i.share:.1%}"] for i in r.items]
    columns = [args.group_by, "effective", "billed", "share"]
    title = f"Cost by {args.group_by} {when(r.window.start)} to {when(r.window.end)}"
    footer = f"Total effective cost: {money(r.total_effective_cost)}"
    out.table(Table(title, columns, rows, numeric=frozenset(columns[1:]), footer=footer))
    return EXIT_OK


def cost_forecast(tc: TensorCost, args: argparse.Namespace, out: Output) -> int:
    f = tc.cost.get_forecast(**_filters(args, "horizon_days", "granularity", "prediction_interval_level"))
    if out.as_json:
        out.json(f)
        return EXIT_OK
    rows = [
        [when(p.period.start), when(p.period.end), money(p.mean), money(p.lower_bound), money(p.upper_bound)]
        for p in f.results_by_time
    ]
    t = f.total
    rows.append(["total", "", money(t.mean), money(t.lower_bound), money(t.upper_bound)])
    columns = [
        "from",
        "to",
        "mean",
        f"low ({f.prediction_interval_level}%)",
        f"high ({f.prediction_interval_level}%)",
    ]
    title = f"Cost forecast, next {f.horizon_days} days ({f.granularity.lower()})"
    out.table(Table(title, columns, rows, numeric=frozenset(columns[2:])))
    return EXIT_OK


def gpu_idle(tc: TensorCost, args: argparse.Namespace, out: Output) -> int:
    items = tc.gpu.list_idle_instances(**_filters(args, "threshold", "lookback_hours"))
    if out.as_json:
        out.json(items)
        return EXIT_OK
    rows = [
        [
            i.instance.id,
            i.instance.name,
            f"{i.instance.gpu_count}x {i.instance.gpu_type}",
            i.instance.region,
            f"{i.avg_activity_pct:g}%",
            f"{i.idle_hours:g}",
            money(i.wasted_cost),
        ]
        for i in items
    ]
    columns = ["id", "name", "gpus", "region", "activity", "idle h", "wasted"]
    out.table(Table(f"Idle GPU instances ({len(rows)})", columns, rows, numeric=frozenset(columns[4:])))
    return EXIT_OK


def ai_anomalies(tc: TensorCost, args: argparse.Namespace, out: Output) -> int:
    items = list(tc.ai.list_anomalies(**_filters(args, "severity", "status", "type")))
    if out.as_json:
        out.json(items)
        return EXIT_OK
    rows = [
        [a.id, a.severity, a.status, a.type_, when(a.detected_at), money(a.excess_cost), a.title]
        for a in items
    ]
    columns = ["id", "severity", "status", "type", "detected", "excess", "title"]
    out.table(Table(f"Anomalies ({len(rows)})", columns, rows, numeric=frozenset({"excess"})))
    return EXIT_OK


def alerts_list(tc: TensorCost, args: argparse.Namespace, out: Output) -> int:
    filters = _filters(args, "status", "severity", "type") | _window(args)
    page = tc.alert.list_alerts(limit=min(args.max_items, 500), **filters)
    alerts = []
    with out.progress("Fetching alerts…") as progress:
        for alert in itertools.islice(page, args.max_items):
            alerts.append(alert)
            progress.update(f"{len(alerts)} so far")
    if out.as_json:
        out.json(alerts)
        return EXIT_OK
    rows = [
        [
            a.id,
            a.severity,
            a.status,
            a.type_,
            when(a.triggered_at),
            money(a.cost_impact) if a.cost_impact else "-",
            a.summary,
        ]
        for a in alerts
    ]
    columns = ["id", "severity", "status", "type", "triggered", "impact", "summary"]
    out.table(Table(f"Alerts ({len(rows)})", columns, rows, numeric=frozenset({"impact"})))
    return EXIT_OK


def export(tc: TensorCost, args: argparse.Namespace, out: Output) -> int:
    target = args.output or f"tensorcost-{args.resource}.{args.format}"
    with out.progress(f"Exporting {args.resource} as {args.format}…"):
        if target == "-":
            tc.report.export(
                args.resource,
                format=args.format,
                to=getattr(out.stdout, "buffer", sys.stdout.buffer),
                **_window(args),
            )
            return EXIT_OK
        try:
            tc.report.export(
                args.resource, format=args.format, to=target, overwrite=args.overwrite, **_window(args)
            )
        except FileExistsError:
            if args.overwrite:  # a symbolic link or another non-regular file: the SDK says which
                raise
            raise UsageError(f"{target} already exists; pass --overwrite to replace it") from None
    size = Path(target).stat().st_size
    if out.as_json:
        out.json({"resource": args.resource, "format": args.format, "path": str(target), "bytes": size})
    else:
        out.stderr.write(f"Wrote {target} ({size:,} bytes)\n")
    return EXIT_OK
