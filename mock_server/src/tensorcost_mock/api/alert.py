"""alert's handlers: alerts (listed, summarised, acknowledged, resolved, ignored), rules,
escalation policies and incidents (the rules run as the clock moves: ``domain.alert.evaluate_rules``
is one of the registry's tickers)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tensorcost_mock.api.context import HandlerContext, Reply, handler, query_window
from tensorcost_mock.domain.alert import (
    ALERT_TYPES,
    CONSOLE,
    OPEN,
    SEVERITIES,
    refresh_incident,
)
from tensorcost_mock.domain.thresholds import check_thresholds
from tensorcost_mock.errors import conflict, validation_error
from tensorcost_mock.state import Collection, Record, TenantStore, iso


@dataclass(frozen=True)
class Reads:
    """What alert's handlers read of other services (plain functions the registry hands to the runtime)."""

    #: notification: whether a channel id is one of the tenant's notification channels.
    has_channel: Callable[[TenantStore, str], bool]
    #: tenant: member id by lower-cased email.
    member_ids_by_email: Callable[[TenantStore], dict[str, str]]


def alerts_of(store: TenantStore) -> list[Record] | None:
    """The tenant's alerts as stored (None without the alert service), for the services that read them."""
    alerts = store.collections.get("alerts")
    return None if alerts is None else list(alerts)


def _alerts(ctx: HandlerContext) -> Collection:
    return ctx.store.collection("alerts", kind="alert")


def _in_window(ctx: HandlerContext, field: str) -> list[Record]:
    start, end = query_window(ctx)
    lo, hi = iso(start), iso(end)
    alerts = _alerts(ctx)
    collection = alerts if field == "triggered_at" else ctx.store.collection("incidents", kind="incident")
    return collection.filter(lambda r: lo <= r[field] < hi)


def _newest_first(items: list[Record], field: str) -> list[Record]:
    return sorted(items, key=lambda r: (r[field], r["id"]), reverse=True)


@handler("alert_list_alerts")
def list_alerts(ctx: HandlerContext) -> Reply:
    q = ctx.query
    items = [
        a
        for a in _in_window(ctx, "triggered_at")
        if all(q.get(k) is None or a[k] == q[k] for k in ("status", "severity", "type"))
    ]
    return ctx.page(_newest_first(items, "triggered_at"))


@handler("alert_get_alerts_summary")
def get_alerts_summary(ctx: HandlerContext) -> Reply:
    start, end = query_window(ctx)
    alerts = _in_window(ctx, "triggered_at")
    by_severity: dict[str, dict[str, int]] = {s: {"open": 0, "total": 0} for s in SEVERITIES}
    by_type: dict[str, dict[str, int]] = {t: {"open": 0, "total": 0} for t in ALERT_TYPES}
    for a in alerts:
        is_open = int(a["status"] in OPEN)
        for bucket in (by_severity[a["severity"]], by_type[a["type"]]):
            bucket["open"] += is_open
            bucket["total"] += 1
    ranked = sorted((t for t in ALERT_TYPES if by_type[t]["total"]), key=lambda t: -by_type[t]["total"])
    types = [{"type": t, **by_type[t]} for t in ranked]
    return ctx.ok(
        {
            "window": {"start": iso(start), "end": iso(end)},
            "open": sum(int(a["status"] in OPEN) for a in alerts),
            "total": len(alerts),
            "by_severity": by_severity,
            "by_type": types,
        }
    )


def _incident_of(ctx: HandlerContext, alert: Record) -> tuple[Record | None, list[Record]]:
    if not alert["incident_id"]:
        return None, []
    incident = ctx.store.collection("incidents", kind="incident").get(alert["incident_id"])
    if incident is None:
        return None, []
    alerts = _alerts(ctx)
    return incident, [a for i in incident["alert_ids"] if (a := alerts.get(i)) is not None]


def _close(ctx: HandlerContext, verb: str) -> Record:
    alert: Record = _alerts(ctx).require(ctx.path["id"])
    if alert["status"] not in OPEN:
        raise conflict(
            "INVALID_STATE_TRANSITION",
            f"Alert {alert['id']} is {alert['status']} already; only a triggered or acknowledged alert can be {verb}",
        )
    return alert


def _after_change(ctx: HandlerContext, alert: Record, kind: str, message: str) -> None:
    """Update the alert's incident: status and times from its alerts, and a timeline entry."""
    incident, group = _incident_of(ctx, alert)
    if incident is None:
        return
    was = incident["status"]
    refresh_incident(incident, group)
    actor = ctx.principal.user.email if ctx.principal else "system"
    now = iso(ctx.now)
    if kind == "acknowledged" and was != "triggered":
        kind = "annotated"
    incident["timeline"].append({"at": now, "kind": kind, "actor": actor, "message": message})
    if incident["status"] == "resolved" and was != "resolved":
        incident["timeline"].append(
            {
                "at": now,
                "kind": "resolved",
                "actor": actor,
                "message": f"Last open alert {alert['id']} closed; incident resolved.",
            }
        )


@handler("alert_resolve_alert")
def resolve_alert(ctx: HandlerContext) -> Reply:
    alert = _close(ctx, "resolved")
    who = ctx.principal.user.email if ctx.principal else None
    note = (ctx.body or {}).get("note")
    alert.update(status="resolved", resolved_at=iso(ctx.now), resolved_by=who, resolution_note=note)
    _after_change(ctx, alert, "annotated", f"Alert {alert['id']} resolved: {note or 'no note'}")
    ctx.emit(
        "alert.resolved",
        {
            "id": alert["id"],
            "rule_id": alert["rule_id"],
            "summary": alert["summary"],
            "severity": alert["severity"],
            "status": "resolved",
            "dedup_key": alert["dedup_key"],
            "source": alert["custom_details"].get("resource") or alert["scope"].get("source") or "tensorcost",
            "triggered_at": alert["triggered_at"],
            "resolved_at": alert["resolved_at"],
            "custom_details": alert["custom_details"],
            "url": CONSOLE + alert["id"],
        },
    )
    return ctx.ok(alert)


@handler("alert_ignore_alert")
def ignore_alert(ctx: HandlerContext) -> Reply:
    alert = _close(ctx, "ignored")
    who = ctx.principal.user.email if ctx.principal else None
    reason = (ctx.body or {}).get("reason")
    alert.update(status="ignored", ignored_at=iso(ctx.now), ignored_by=who, ignored_reason=reason)
    _after_change(
        ctx, alert, "annotated", f"Alert {alert['id']} ignored" + (f": {reason}" if reason else ".")
    )
    return ctx.ok(alert)


@handler("alert_acknowledge_alert")
def acknowledge_alert(ctx: HandlerContext) -> Reply:
    alert: Record = _alerts(ctx).require(ctx.path["id"])
    if alert["status"] == "acknowledged":
        return ctx.ok(alert)  # already acknowledged: nothing changes
    if alert["status"] != "triggered":
        raise conflict(
            "INVALID_STATE_TRANSITION",
            f"Alert {alert['id']} is {alert['status']}; only a triggered alert can be acknowledged",
        )
    alert.update(
        status="acknowledged",
        acknowledged_at=iso(ctx.now),
        acknowledged_by=ctx.principal.user.email if ctx.principal else None,
    )
    _after_change(ctx, alert, "acknowledged", f"Alert {alert['id']} acknowledged; escalation stopped.")
    return ctx.ok(alert)


@handler("alert_list_rules")
def list_rules(ctx: HandlerContext) -> Reply:
    rules = list(ctx.store.collection("alert_rules", kind="alert rule"))
    return ctx.ok(sorted(rules, key=lambda r: (r["name"].lower(), r["id"])))


def _check_channels(ctx: HandlerContext, refs: list[tuple[str, str]]) -> None:
    """400 for channel ids (``(body field, id)``) that are not channels of the tenant."""
    has_channel = ctx.runtime.reads(Reads).has_channel
    problems = [
        {
            "location": "body",
            "field": field,
            "message": f"is not a notification channel of this tenant ({ident})",
        }
        for field, ident in refs
        if not has_channel(ctx.store, ident)
    ]
    if problems:
        raise validation_error(problems)


@handler("alert_create_rule")
def create_rule(ctx: HandlerContext) -> Reply:
    body = ctx.body
    rules = ctx.store.collection("alert_rules", kind="alert rule")
    existing = next((r for r in rules if r["name"] == body["name"]), None)
    if existing is not None:
        raise conflict("DUPLICATE", f"An alert rule named {body['name']!r} exists already ({existing['id']})")
    policy_id = body.get("escalation_policy_id")
    if policy_id is not None and policy_id not in ctx.store.collection("escalation_policies"):
        raise validation_error(
            [
                {
                    "location": "body",
                    "field": "escalation_policy_id",
                    "message": f"is not an escalation policy of this tenant ({policy_id})",
                }
            ]
        )
    check_thresholds([("condition.threshold", body["metric"], body["condition"]["threshold"])])
    channel_ids = list(body.get("channel_ids") or [])
    _check_channels(ctx, [(f"channel_ids.{i}", c) for i, c in enumerate(channel_ids)])
    scope: Record = dict.fromkeys(("source", "team", "application", "budget_id", "instance_id", "model_id"))
    scope.update(body.get("scope") or {})
    now = iso(ctx.now)
    rule = {
        "id": ctx.store.new_id("rul_"),
        "name": body["name"],
        "description": body.get("description"),
        "metric": body["metric"],
        "scope": scope,
        "condition": body["condition"],
        "severity": body["severity"],
        "escalation_policy_id": policy_id,
        "channel_ids": channel_ids,
        "enabled": body.get("enabled", True),
        "created_by": ctx.principal.user.email if ctx.principal else "system@tensorcost.com",
        "created_at": now,
        "updated_at": now,
        "last_triggered_at": None,
    }
    return ctx.created(rules.add(rule))


@handler("alert_list_escalation_policies")
def list_escalation_policies(ctx: HandlerContext) -> Reply:
    policies = list(ctx.store.collection("escalation_policies", kind="escalation policy"))
    # A user target names a member: use the tenant service's member id when it has one for the email.
    members = ctx.runtime.reads(Reads).member_ids_by_email(ctx.store)
    for policy in policies:
        for level in policy["escalation_rules"]:
            for target in level["targets"]:
                if target["type"] == "user" and target["name"].lower() in members:
                    target["id"] = members[target["name"].lower()]
    return ctx.ok(sorted(policies, key=lambda p: (p["name"].lower(), p["id"])))


@handler("alert_list_incidents")
def list_incidents(ctx: HandlerContext) -> Reply:
    q = ctx.query
    items = [
        i
        for i in _in_window(ctx, "created_at")
        if all(q.get(k) is None or i[k] == q[k] for k in ("status", "severity"))
    ]
    return ctx.page(_newest_first(items, "created_at"))
