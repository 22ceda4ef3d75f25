"""cost's handlers: summary, breakdowns by source and tag, forecast, budgets, recommendations
(accepted or dismissed) and the savings ledger."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from tensorcost_mock.api.context import HandlerContext, Reply, handler, overlaps_query_window, query_window
from tensorcost_mock.domain.cost import (
    COST_KEYS,
    DAY,
    FORECAST_HISTORY_DAYS,
    LEDGER_DAYS,
    MONTH_DAYS,
    UNALLOCATED,
    WORKLOADS,
    Z_SCORES,
    Reads,
    TrendModel,
    amount_of,
    budget_records,
    daily_effective,
    exact,
    interval,
    ledger_entry,
    midnight,
    periods,
    recommendation_meta,
    recommendations,
    records_in,
    render_budget,
    share_of,
    window_body,
    zero_costs,
)
from tensorcost_mock.errors import conflict
from tensorcost_mock.events import ActionRequested
from tensorcost_mock.state import (
    CENT,
    Record,
    iso,
)

window_of = query_window


def _fleet(ctx: HandlerContext) -> Reads:
    """What cost reads of other services, as the registry wired it into the runtime."""
    return ctx.runtime.reads(Reads)


@handler("cost_get_summary")
@handler("cost_get_costs_legacy")  # the deprecated GET /api/costs answers the same until its sunset
def get_summary(ctx: HandlerContext) -> Reply:
    start, end = window_of(ctx)
    records = records_in(ctx.store, start, end, ctx.now)
    totals = {k: Decimal(0) for k in ("effective_cost", "billed_cost", "list_cost")}
    by_workload = dict.fromkeys(WORKLOADS, Decimal(0))
    for r in records:
        for k in totals:
            totals[k] += r[k]
        by_workload[r["x_workload"]] += r["effective_cost"]
    return ctx.ok(
        {
            "window": {"start": iso(start), "end": iso(end)},
            "currency": "USD",
            "effective_cost": exact(totals["effective_cost"]),
            "billed_cost": exact(totals["billed_cost"]),
            "list_cost": exact(totals["list_cost"]),
            "savings": exact(totals["list_cost"] - totals["effective_cost"]),
            "by_workload": {k: exact(v) for k, v in by_workload.items()},
            "event_count": len(records),
        }
    )


@handler("cost_get_by_source")
def get_by_source(ctx: HandlerContext) -> Reply:
    start, end = window_of(ctx)
    groups: dict[str, dict[str, Decimal]] = {}
    for r in records_in(ctx.store, start, end, ctx.now):
        sums = groups.setdefault(r["x_source"], zero_costs())
        for k in COST_KEYS:
            sums[k] += r[k]
    total = sum((g["effective_cost"] for g in groups.values()), Decimal(0))
    items = [
        {
            "source": source,
            **{k: exact(v) for k, v in sums.items()},
            "share": share_of(sums["effective_cost"], total),
        }
        for source, sums in sorted(groups.items(), key=lambda kv: (-kv[1]["effective_cost"], kv[0]))
    ]
    body = {
        "window": window_body(start, end),
        "currency": "USD",
        "total_effective_cost": exact(total),
        "items": items,
    }
    return ctx.ok(body, count=len(items))


@handler("cost_get_by_tag")
def get_by_tag(ctx: HandlerContext) -> Reply:
    start, end = window_of(ctx)
    key = str(ctx.query.get("group_by", "application"))
    groups: dict[str, dict[str, Decimal]] = {}
    workloads: dict[str, dict[str, Decimal]] = {}
    for r in records_in(ctx.store, start, end, ctx.now):
        value = r["tags"].get(key)
        label = UNALLOCATED if value in (None, "") else str(value)
        sums = groups.setdefault(label, zero_costs())
        for k in COST_KEYS:
            sums[k] += r[k]
        split = workloads.setdefault(label, dict.fromkeys(WORKLOADS, Decimal(0)))
        split[r["x_workload"]] += r["effective_cost"]
    total = sum((g["effective_cost"] for g in groups.values()), Decimal(0))
    order = sorted(groups, key=lambda v: (v == UNALLOCATED, -groups[v]["effective_cost"], v))
    items = [
        {
            "value": label,
            **{k: exact(v) for k, v in groups[label].items()},
            "share": share_of(groups[label]["effective_cost"], total),
            "by_workload": {w: exact(v) for w, v in workloads[label].items()},
        }
        for label in order
    ]
    body = {
        "window": window_body(start, end),
        "group_by": key,
        "currency": "USD",
        "total_effective_cost": exact(total),
        "items": items,
    }
    return ctx.ok(body, count=len(items))


@handler("cost_get_forecast")
def get_forecast(ctx: HandlerContext) -> Reply:
    horizon = int(ctx.query["horizon_days"])  # the three have defaults in the spec
    granularity = str(ctx.query["granularity"])
    level = int(ctx.query["prediction_interval_level"])
    today = midnight(ctx.now)
    history_start = today - FORECAST_HISTORY_DAYS * DAY
    model = TrendModel(
        daily_effective(ctx.store, history_start, FORECAST_HISTORY_DAYS, ctx.now), history_start
    )
    z = Z_SCORES[level]
    days = {today + i * DAY: model.day(today + i * DAY, z) for i in range(horizon)}
    results = []
    total = [Decimal(0)] * 3
    for p_start, p_end in periods(today, today + horizon * DAY, granularity):
        sums = [Decimal(0)] * 3
        for day, values in days.items():
            if p_start <= day < p_end:
                sums = [s + v for s, v in zip(sums, values, strict=True)]
        total = [t + s for t, s in zip(total, sums, strict=True)]
        results.append({"period": window_body(p_start, p_end), **interval(*sums)})
    body = {
        "horizon_days": horizon,
        "granularity": granularity,
        "prediction_interval_level": level,
        "currency": "USD",
        "total": interval(*total),
        "results_by_time": results,
        "generated_at": iso(ctx.now),
        "history_window": window_body(history_start, today),
    }
    return ctx.ok(body)


@handler("cost_list_budgets")
def list_budgets(ctx: HandlerContext) -> Reply:
    budgets = list(ctx.store.collection("budgets"))
    children: dict[str | None, list[Record]] = {}
    for b in budgets:
        children.setdefault(b["parent_id"], []).append(b)
    records = budget_records(ctx.store, ctx.now)
    out: list[Record] = []

    def walk(budget: Record) -> None:
        kids = children.get(budget["id"], [])
        out.append(render_budget(budget, records, ctx.now, [k["id"] for k in kids]))
        for kid in kids:
            walk(kid)

    for root in children.get(None, []):
        walk(root)
    return ctx.ok(out)


@handler("cost_list_recommendations")
def list_recommendations(ctx: HandlerContext) -> Reply:
    items = recommendations(ctx.store, ctx.now, _fleet(ctx)).filter(
        type=ctx.query.get("type"),
        status=ctx.query["status"],  # status defaults to open (spec)
    )
    items.sort(key=lambda r: (-amount_of(r["estimated_monthly_savings"]), r["id"]))
    return ctx.page(items)


def _open(ctx: HandlerContext, verb: str) -> Record:
    rec: Record = recommendations(ctx.store, ctx.now, _fleet(ctx)).require(ctx.path["id"])
    if rec["status"] != "open":
        raise conflict(
            "INVALID_STATE_TRANSITION",
            f"Recommendation {rec['id']} is {rec['status']}; only an open recommendation can be {verb}",
        )
    return rec


@handler("cost_accept_recommendation")
def accept_recommendation(ctx: HandlerContext) -> Reply:
    rec = _open(ctx, "accepted")
    now = ctx.now.replace(microsecond=0)
    info = recommendation_meta(ctx.store).get(
        rec["id"], {"baseline": Decimal(0), "action": None, "target": None}
    )
    info["note"] = (ctx.body or {}).get("note")
    rec.update(status="accepted", updated_at=iso(now), expires_at=None)
    ratio = LEDGER_DAYS / MONTH_DAYS
    savings = (amount_of(rec["estimated_monthly_savings"]) * ratio).quantize(CENT)  # projections are in cents
    baseline = max(info["baseline"] * ratio, savings).quantize(CENT)
    start = midnight(now) + DAY
    entry = ctx.store.collection("savings_ledger", kind="savings ledger entry").add(
        ledger_entry(
            ctx.store.new_id("led_", 14),
            rec,
            start,
            start + LEDGER_DAYS * DAY,
            baseline,
            savings,
            "projected",
            now,
            now,
        )
    )
    queue = _fleet(ctx).has_action_queue(ctx.store)
    if info["action"] is not None and info["target"] is not None and queue:
        rec["action_id"] = _queue_action(ctx, rec, info, now)["id"]
    return ctx.ok({"recommendation": rec, "ledger_entry": entry})


def _queue_action(ctx: HandlerContext, rec: Record, info: Record, now: datetime) -> Record:
    """A ``pending_approval`` entry asked of enforcement's action queue, and its ``enforcement.action_queued`` event."""
    target = info["target"]
    expires = now + timedelta(hours=72)
    reason = f"Accepted recommendation {rec['id']} ({rec['title']})"
    action: Record = {
        "id": ctx.store.new_id("act_", 14),
        "policy_id": None,
        "policy_name": None,
        "recommendation_id": rec["id"],
        "type": info["action"]["type"],
        "status": "pending_approval",
        "action": dict(info["action"]),
        "target": {
            "resource_type": target["kind"],
            "resource_id": target["id"],
            "resource_name": target["name"],
        },
        "reason": reason,
        "observed_value": None,
        "estimated_savings": rec["estimated_monthly_savings"],
        "requested_at": iso(now),
        "expires_at": iso(expires),
    }
    ctx.runtime.bus.publish(ActionRequested(ctx.store, action))  # enforcement owns the queue
    ctx.emit(
        "enforcement.action_queued",
        {
            "id": action["id"],
            "policy_id": None,
            "policy_name": None,
            "recommendation_id": rec["id"],
            "type": action["type"],
            "status": "pending_approval",
            "requires_approval": True,
            "target": dict(action["target"]),
            "reason": reason,
            "requested_at": iso(now),
            "expires_at": iso(expires),
        },
    )
    return action


@handler("cost_dismiss_recommendation")
def dismiss_recommendation(ctx: HandlerContext) -> Reply:
    rec = _open(ctx, "dismissed")
    now = iso(ctx.now)
    body = ctx.body or {}
    rec.update(status="dismissed", updated_at=now, expires_at=None)
    rec["dismissal"] = {
        "reason": body["reason"],
        "comment": body.get("comment"),
        "dismissed_at": now,
        "dismissed_by": ctx.principal.user.email if ctx.principal else "unknown@tensorcost.invalid",
    }
    return ctx.ok(rec)


@handler("cost_list_savings_ledger")
def list_savings_ledger(ctx: HandlerContext) -> Reply:
    recommendations(ctx.store, ctx.now, _fleet(ctx))  # builds the ledger's seeded history on first use
    q = ctx.query
    items = ctx.store.collection("savings_ledger").filter(
        overlaps_query_window(ctx), status=q.get("status"), recommendation_id=q.get("recommendation_id")
    )
    items.sort(key=lambda e: (e["created_at"], e["id"]), reverse=True)
    return ctx.page(items)
