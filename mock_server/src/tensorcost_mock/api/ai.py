"""ai's handlers: inference events, spend summaries, unit economics, recommendations, anomalies and
the cost of an agent or a workflow."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, NamedTuple

from tensorcost_mock.api.context import HandlerContext, Reply, handler, overlaps_query_window, query_window
from tensorcost_mock.domain.ai import (
    UNALLOCATED,
    Ev,
    Reads,
    Totals,
    breakdown,
    grouped,
    index_of,
    unit_row,
    usd_money,
)
from tensorcost_mock.errors import not_found


def _events(ctx: HandlerContext, start: int, end: int) -> list[Ev]:
    """The inference events of ``[start, end)`` seen by the clock, oldest first (generated as needed)."""
    return index_of(ctx.store).between(start, end, int(ctx.now.timestamp()))


class Window(NamedTuple):
    """A query window: the instants as given, and the whole seconds an event's time must fall in."""

    start_dt: datetime
    end_dt: datetime
    start: int
    end: int

    def body(self) -> dict[str, str]:
        return {"start": _rfc3339(self.start_dt), "end": _rfc3339(self.end_dt)}


def _rfc3339(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat().replace("+00:00", "Z")


def window_of(ctx: HandlerContext) -> Window:
    """The ``start``/``end`` query window; by default the calendar month to now."""
    start_dt, end_dt = query_window(ctx)
    return Window(start_dt, end_dt, math.ceil(start_dt.timestamp()), math.ceil(end_dt.timestamp()))


@handler("ai_list_spend")
def list_spend(ctx: HandlerContext) -> Reply:
    q = ctx.query
    wanted: dict[str, Any] = {}
    for name in ("source", "model_id"):
        if q.get(name) is not None:
            wanted[name] = q[name]
    attribution: dict[str, Any] = {}
    for name in ("application", "team"):
        if q.get(name) is not None:
            attribution[name] = None if q[name] == UNALLOCATED else q[name]
    items = [
        e.rec
        for e in reversed(_events(ctx, *window_of(ctx)[2:]))
        if all(e.rec[k] == v for k, v in wanted.items())
        and all(e.rec["attribution"][k] == v for k, v in attribution.items())
    ]
    return ctx.page(items)


@handler("ai_get_spend_summary")
def get_spend_summary(ctx: HandlerContext) -> Reply:
    window = window_of(ctx)
    events = _events(ctx, window.start, window.end)
    total = Totals()
    for e in events:
        total.add(e)
    return ctx.ok(
        {
            "window": window.body(),
            "cost": usd_money(total.cost),
            "requests": total.requests,
            "tokens": total.usage(),
            "by_source": grouped(breakdown(events, "source")),
            "by_model": grouped(breakdown(events, "model_id")),
            "by_application": grouped(breakdown(events, "application")),
            "by_team": grouped(breakdown(events, "team")),
        }
    )


@handler("ai_get_unit_economics")
def get_unit_economics(ctx: HandlerContext) -> Reply:
    window = window_of(ctx)
    total = Totals()
    models: dict[tuple[str, str], Totals] = {}
    for e in _events(ctx, window.start, window.end):
        total.add(e)
        models.setdefault((e.rec["model_id"], e.rec["source"]), Totals()).add(e)
    rows = sorted(models.items(), key=lambda kv: (-kv[1].cost, kv[0]))
    return ctx.ok(
        {
            "window": window.body(),
            "overall": unit_row(None, None, total),
            "by_model": [unit_row(model, source, t) for (model, source), t in rows],
        }
    )


def _recs(ctx: HandlerContext, kind: str) -> Reply:
    """One type of recommendation, largest savings first; a status set through the cost service wins."""
    status_in_cost = ctx.runtime.reads(Reads).recommendation_status
    out = []
    for rec in ctx.store.collection("ai_recommendations").filter(type=kind):
        status = status_in_cost(ctx.store, rec["id"])
        out.append(rec if status is None or status == rec["status"] else {**rec, "status": status})
    out.sort(key=lambda r: (-Decimal(r["estimated_monthly_savings"]["amount"]), r["id"]))
    return ctx.ok(out)


@handler("ai_get_routing_recommendations")
def get_routing_recommendations(ctx: HandlerContext) -> Reply:
    return _recs(ctx, "model_routing")


@handler("ai_get_cache_recommendations")
def get_cache_recommendations(ctx: HandlerContext) -> Reply:
    return _recs(ctx, "prompt_cache")


@handler("ai_get_provisioned_throughput_recommendations")
def get_provisioned_throughput_recommendations(ctx: HandlerContext) -> Reply:
    return _recs(ctx, "provisioned_throughput")


@handler("ai_list_anomalies")
def list_anomalies(ctx: HandlerContext) -> Reply:
    q = ctx.query
    items = ctx.store.collection("ai_anomalies").filter(
        overlaps_query_window(ctx), type=q.get("type"), severity=q.get("severity"), status=q.get("status")
    )
    return ctx.page(items)


def _attributed(ctx: HandlerContext, scope_type: str, key: str, known: set[str], kind: str) -> Reply:
    scope_id = ctx.path["id"]
    if scope_id not in known:
        raise not_found(kind, scope_id)
    window = window_of(ctx)
    total = Totals()
    models: dict[str, Totals] = {}
    for e in _events(ctx, window.start, window.end):
        if e.rec["attribution"][key] == scope_id:
            total.add(e)
            models.setdefault(e.rec["model_id"], Totals()).add(e)
    return ctx.ok(
        {
            "scope_type": scope_type,
            "scope_id": scope_id,
            "window": window.body(),
            "cost": usd_money(total.cost),
            "requests": total.requests,
            "tokens": total.usage(),
            "by_model": grouped(models),
        }
    )


@handler("ai_get_agent_cost")
def get_agent_cost(ctx: HandlerContext) -> Reply:
    return _attributed(ctx, "agent", "agent_id", index_of(ctx.store).agents, "AI agent")


@handler("ai_get_workflow_cost")
def get_workflow_cost(ctx: HandlerContext) -> Reply:
    return _attributed(ctx, "workflow", "workflow_id", index_of(ctx.store).workflows, "workflow")
