"""alert's rules: alerts (PagerDuty Events v2 model), rules, escalation policies and incidents with timelines.

Collections, all shaped like the spec's schemas:

- ``alert_rules`` (``AlertRule``), ``escalation_policies`` (``EscalationPolicy``).
- ``alerts`` (``Alert``): fired by the rules over the last ``HISTORY_DAYS`` days (plus platform alerts
  with no rule), about the GPU hosts and inference streams of ``fleet(tenant)``/``MODEL_STREAMS`` of :mod:`tensorcost_mock.domain.watched` (the world's watched
  instances and streams).
  Older alerts are mostly resolved or ignored, recent ones still open; every severity has alerts in
  every status. ``escalation_level`` follows the policy's delays up to the acknowledgement (or now).
- ``incidents`` (``Incident``): critical and error alerts with an escalation policy open an incident;
  alerts of the same policy within ``GROUPING_MINUTES`` join it. Status, times, severity, cost impact
  and the timeline are derived from its alerts, and acknowledging, resolving or ignoring an alert
  updates its incident (and its timeline) the same way.

Resolving an alert emits the ``alert.resolved`` webhook to the tenant's subscribed endpoints.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from tensorcost_mock.domain.alert_metrics import (
    ANOMALY,
    ANOMALY_FIELDS,
    BUDGET,
    MINUTE,
    RATES,
    SPEND,
    Anomaly,
    WorldReads,
    anomaly_in_scope,
    budget_metric,
    instances_in,
    measurable,
    rate,
    spend,
    utilisation,
    window_minutes,
)
from tensorcost_mock.domain.thresholds import threshold_number
from tensorcost_mock.events import Emit
from tensorcost_mock.state import Record, TenantStore, iso, money, parse_time
from tensorcost_mock.world import derived_id
from tensorcost_mock.world.vocabulary import enum

HISTORY_DAYS = 75
GROUPING_MINUTES = 90
SEVERITIES = enum("AlertSeverity")
STATUSES = enum("AlertStatus")
OPEN = ("triggered", "acknowledged")
ALERT_TYPES = enum("AlertType")
CONSOLE = "https://app.tensorcost.com/alerts/"


def escalation_level(policy: Record | None, elapsed: timedelta) -> tuple[int, list[tuple[timedelta, int]]]:
    """The rule reached after ``elapsed`` without acknowledgement, and when each later level started."""
    if policy is None:
        return 0, []
    rules = policy["escalation_rules"]
    steps = []
    at = timedelta(0)
    level = 1
    for n in range(1, len(rules) * (policy["num_loops"] + 1)):
        at += timedelta(minutes=rules[(n - 1) % len(rules)]["escalation_delay_in_minutes"])
        if at > elapsed:
            break
        level = n % len(rules) + 1
        steps.append((at, level))
    return level, steps


# -- incidents -------------------------------------------------------------------------------------

_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def refresh_incident(incident: Record, alerts: list[Record]) -> None:
    """Status, times, severity and cost impact of an incident, from its alerts."""
    statuses = [a["status"] for a in alerts]
    acks = sorted(a["acknowledged_at"] for a in alerts if a["acknowledged_at"])
    incident["severity"] = min((a["severity"] for a in alerts), key=_RANK.__getitem__)
    impacts = [Decimal(a["cost_impact"]["amount"]) for a in alerts if a["cost_impact"]]
    incident["cost_impact"] = money(sum(impacts, Decimal(0))) if impacts else None
    incident["acknowledged_at"] = acks[0] if acks else None
    if all(s in ("resolved", "ignored") for s in statuses):
        incident["status"] = "resolved"
        incident["resolved_at"] = max(a["resolved_at"] or a["ignored_at"] for a in alerts)
    else:
        incident["status"] = "acknowledged" if acks or any(s not in OPEN for s in statuses) else "triggered"
        incident["resolved_at"] = None


# -- the rules at work as the clock moves -----------------------------------------------------------

_HOLDS: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "gt": lambda v, t: v > t,
    "gte": lambda v, t: v >= t,
    "lt": lambda v, t: v < t,
    "lte": lambda v, t: v <= t,
}
_TYPES = {
    "hourly_spend": "spend_threshold",
    "daily_spend": "spend_threshold",
    "token_rate": "token_rate",
    "request_rate": "token_rate",
    "gpu_util_pct": "idle_gpu",
    "idle_gpu_hours": "idle_gpu",
    "budget_burn_pct": "budget_threshold",
    "forecast_overrun": "forecast_overrun",
    "anomaly_score": "cost_anomaly",
}

_UNITS = {
    "hourly_spend": " USD",
    "daily_spend": " USD",
    "token_rate": " tokens/min",
    "request_rate": " requests/min",
    "gpu_util_pct": "%",
    "idle_gpu_hours": " hours",
    "budget_burn_pct": "%",
    "forecast_overrun": "%",
    "anomaly_score": "",
}


@dataclass(frozen=True)
class Finding:
    """A window's measure of one rule on one subject (the rule's scope, or one of its instances)."""

    observed: Decimal
    summary: str
    scope: Record
    subject: str
    cost_impact: Decimal | None = None
    details: Record | None = None
    #: What the alert's id derives from besides the rule and the time (an instance, an anomaly).
    ident: str | None = None


def _key(rule_id: str, metric: str, scope: Record) -> tuple[str, str | None]:
    """What a rule keeps one open alert per: its scope, an instance of it, or an anomaly's scope."""
    if metric == ANOMALY:
        return rule_id, "/".join(str(scope.get(k) or "") for k in ANOMALY_FIELDS)
    return rule_id, scope.get("instance_id")


def evaluate_rules(store: TenantStore, now: datetime, emit: Emit, reads: WorldReads) -> None:
    """Runs the measurable rules (:mod:`~tensorcost_mock.domain.alert_metrics`) over every window that
    closed since the last run, in order: a threshold crossed opens an alert at the window's close (one
    open alert per rule and subject) and sends ``alert.triggered``; an ``anomaly_score`` rule does the
    same at the detection time of each anomaly detected since the last run in its scope; triggered
    alerts climb their escalation policy with the clock. Budget metrics are read at the last hour's
    close of a run only (a budget costs a month of cost records to read, about 40 ms a tenant; its
    consumption only grows within its period, so that close sees a crossing of ``budget_burn_pct``
    in the hours before it)."""
    done: int | None = store.singletons.get("alert_evaluated_minute")
    now = now.replace(microsecond=0)
    current = int(now.timestamp()) // MINUTE
    if done is None:
        return
    if current > done:
        store.singletons["alert_evaluated_minute"] = current
        _evaluate(store, emit, reads, done, current)
    policies = {p["id"]: p for p in store.collection("escalation_policies", kind="escalation policy")}
    for alert in store.collection("alerts", kind="alert"):
        policy = policies.get(alert["escalation_policy_id"] or "")
        if alert["status"] == "triggered" and policy is not None:
            alert["escalation_level"] = escalation_level(policy, now - parse_time(alert["triggered_at"]))[0]


def _evaluate(store: TenantStore, emit: Emit, reads: WorldReads, done: int, current: int) -> None:
    """Every window of a measurable rule closing in minutes ``(done, current]``, and every anomaly
    detected in them, oldest first."""
    closes: list[tuple[int, str, Record, Anomaly | None]] = []
    anomalies: list[Anomaly] | None = None
    for rule in store.collection("alert_rules", kind="alert rule"):
        if not measurable(rule):
            continue
        created = int(parse_time(rule["created_at"]).timestamp())
        if rule["metric"] == ANOMALY:
            if anomalies is None:
                anomalies = list(reads.anomalies(store, done * MINUTE, current * MINUTE))
            closes += [
                (a.detected, rule["id"], rule, a)
                for a in anomalies
                if a.detected >= created and anomaly_in_scope(rule["scope"], a)
            ]
            continue
        if rule["metric"] in BUDGET:
            last = current // 60 * 60
            windows = [last] if last > done else []
        else:
            span = window_minutes(rule)
            windows = list(range((done // span + 1) * span, current + 1, span))
        closes += [(close * MINUTE, rule["id"], rule, None) for close in windows if close * MINUTE >= created]
    if not closes:
        return
    alerts = store.collection("alerts", kind="alert")
    opened = {
        _key(a["rule_id"], a["metric"], a["scope"]) for a in alerts if a["rule_id"] and a["status"] in OPEN
    }
    budgets: dict[int, Mapping[str, Record]] = {}
    for at, _, rule, anomaly in sorted(closes, key=lambda c: (c[0], c[1], c[3].id if c[3] else "")):
        if anomaly is not None:
            findings = [_anomaly_finding(rule, anomaly)]
        else:
            findings = _measure(store, reads, rule, at, opened, budgets)
        for finding in findings:
            threshold = Decimal(str(threshold_number(rule["condition"]["threshold"])))
            key = _key(rule["id"], rule["metric"], finding.scope)
            if key not in opened and _HOLDS[rule["condition"]["operator"]](finding.observed, threshold):
                opened.add(key)
                _open(store, emit, rule, at, finding)


def _anomaly_finding(rule: Record, anomaly: Anomaly) -> Finding:
    """An anomaly as an ``anomaly_score`` rule sees it: its score, about its scope's inference spend."""
    who = {k: anomaly.scope.get(k) for k in ANOMALY_FIELDS if anomaly.scope.get(k) is not None}
    scope = {**rule["scope"], **who}
    subject = anomaly.scope.get("application") or anomaly.scope.get("team") or anomaly.scope.get("model_id")
    details = {"anomaly_id": anomaly.id, "anomaly_title": anomaly.title}
    summary = f"Spend anomaly on {subject or 'all spend'}: score {anomaly.score:.2f} ({anomaly.title})"
    return Finding(
        anomaly.score, summary, scope, str(subject or "all spend"), anomaly.excess_cost, details, anomaly.id
    )


def _measure(
    store: TenantStore,
    reads: WorldReads,
    rule: Record,
    end: int,
    opened: set[tuple[str, str | None]],
    budgets: dict[int, Mapping[str, Record]],
) -> list[Finding]:
    """The rule's findings for the window closing at ``end`` (subjects with an open alert are skipped)."""
    metric = rule["metric"]
    scope: Record = rule["scope"]
    start = end - window_minutes(rule) * MINUTE
    if metric in SPEND or metric in RATES:
        if (rule["id"], None) in opened:
            return []
        subject = (
            scope["application"] or scope["team"] or scope["instance_id"] or scope["source"] or "all spend"
        )
        if metric in SPEND:
            label = "Hourly" if metric == "hourly_spend" else "Daily"
            if scope["budget_id"]:
                found = reads.budget_spend(store, scope["budget_id"], start, end)
                if found is None:
                    return []
                subject, observed = f"budget {found[0]}", found[1]
            else:
                observed = spend(reads, store, scope, start, end)
            return [
                Finding(observed, f"{label} spend for {subject} is {observed:.2f} USD", dict(scope), subject)
            ]
        observed = rate(reads, store, rule, start, end)
        unit = "tokens/min" if metric == "token_rate" else "requests/min"
        minutes = window_minutes(rule)
        return [
            Finding(
                observed, f"{subject} at {observed:,.0f} {unit} over {minutes} minutes", dict(scope), subject
            )
        ]
    if metric in BUDGET:
        if (rule["id"], None) in opened:
            return []
        if end not in budgets:
            budgets[end] = reads.budgets(store, datetime.fromtimestamp(end, UTC))
        budget = budgets[end].get(scope["budget_id"])
        if budget is None:
            return []
        observed = budget_metric(metric, budget)
        name = budget["name"]
        details = {"budget_name": name, "budget_limit_usd": float(budget["limit"]["amount"])}
        if metric == "budget_burn_pct":
            return [
                Finding(
                    observed, f"Budget {name} is {observed:.1f}% consumed", dict(scope), name, None, details
                )
            ]
        overrun = Decimal(budget["forecasted_spend"]["amount"]) - Decimal(budget["limit"]["amount"])
        summary = (
            f"Forecast for budget {name} is {observed:.1f}% over its {budget['limit']['amount']} USD limit"
        )
        return [Finding(observed, summary, dict(scope), name, max(overrun, Decimal(0)), details)]
    threshold = Decimal(str(threshold_number(rule["condition"]["threshold"])))
    operator = _HOLDS[rule["condition"]["operator"]]

    def holds(value: Decimal) -> bool:
        return operator(value, threshold)

    out = []
    for instance in instances_in(reads, store, scope):
        if (rule["id"], instance["id"]) in opened:
            continue
        where = {
            **scope,
            "source": "gpu_agent",
            "team": instance["tags"].get("team"),
            "instance_id": instance["id"],
        }
        hourly = Decimal(instance["hourly_cost"]["amount"])
        details = {"instance_name": instance["name"], "instance_type": instance["instance_type"]}
        if metric == "gpu_util_pct":
            util = utilisation(reads, store, instance["id"], start, end, holds)
            if util is None:
                continue
            minutes = window_minutes(rule)
            summary = f"{instance['name']} averaged {util:.1f}% GPU utilisation for {minutes} minutes"
            impact = (hourly * minutes / 60 * (1 - util / 100)).quantize(Decimal("0.01"))
            out.append(Finding(util, summary, where, instance["name"], impact, details, instance["id"]))
        else:
            entry = reads.idle(store, instance, end)
            hours = Decimal(str(entry["idle_hours"])) if entry else Decimal(0)
            summary = f"{instance['name']} idle for {hours:.1f} hours"
            impact = Decimal(entry["wasted_cost"]["amount"]) if entry else Decimal(0)
            if entry:
                details = {
                    **details,
                    "avg_gpu_util_pct": entry["avg_activity_pct"],
                    "idle_since": entry["idle_since"],
                }
            out.append(Finding(hours, summary, where, instance["name"], impact, details, instance["id"]))
    return out


def _open(store: TenantStore, emit: Emit, rule: Record, closed: int, finding: Finding) -> None:
    """Opens the alert of a finding that crossed the rule's threshold, at the window's close (or the
    anomaly's detection)."""
    metric = rule["metric"]
    when = datetime.fromtimestamp(closed, UTC)
    threshold = rule["condition"]["threshold"]
    word = "above" if rule["condition"]["operator"] in ("gt", "gte") else "below"
    number = threshold_number(threshold)
    shown = f"{number:g}{_UNITS[metric]}"
    if metric in SPEND:
        impact: Decimal | None = max(finding.observed - Decimal(str(number)), Decimal(0))
        observed: Any = money(finding.observed)
    else:
        impact = finding.cost_impact
        observed = float(finding.observed)
    parts = (rule["id"], finding.ident, iso(when)) if finding.ident else (rule["id"], iso(when))
    alert: Record = {
        "id": derived_id("alr_", store.tenant_id, *parts),
        "dedup_key": f"{rule['id']}:{finding.subject}:{when:%Y-%m-%dT%H:%M}",
        "summary": f"{finding.summary}, {word} the {shown} threshold",
        "severity": rule["severity"],
        "status": "triggered",
        "type": _TYPES[metric],
        "metric": metric,
        "observed_value": observed,
        "threshold": threshold,
        "cost_impact": None if impact is None else money(impact),
        "scope": finding.scope,
        "rule_id": rule["id"],
        "incident_id": None,
        "escalation_policy_id": rule["escalation_policy_id"],
        "escalation_level": 0,
        "event_count": 1,
        "triggered_at": iso(when),
        "last_event_at": iso(when),
        "acknowledged_at": None,
        "acknowledged_by": None,
        "resolved_at": None,
        "resolved_by": None,
        "resolution_note": None,
        "ignored_at": None,
        "ignored_by": None,
        "ignored_reason": None,
        "custom_details": {"rule_name": rule["name"], "resource": finding.subject, **(finding.details or {})},
    }
    store.collection("alerts", kind="alert").add(alert)
    rule["last_triggered_at"] = max(rule["last_triggered_at"] or "", alert["triggered_at"])
    emit(
        "alert.triggered",
        {
            "id": alert["id"],
            "rule_id": rule["id"],
            "summary": alert["summary"],
            "severity": alert["severity"],
            "status": "triggered",
            "dedup_key": alert["dedup_key"],
            "source": finding.subject,
            "triggered_at": alert["triggered_at"],
            "resolved_at": None,
            "custom_details": alert["custom_details"],
            "url": CONSOLE + alert["id"],
        },
    )
