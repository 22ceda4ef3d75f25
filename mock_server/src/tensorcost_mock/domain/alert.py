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

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from tensorcost_mock.domain.thresholds import threshold_number
from tensorcost_mock.events import Emit
from tensorcost_mock.state import Record, SpendFeed, TenantStore, iso, money, parse_time
from tensorcost_mock.world import derived_id

HISTORY_DAYS = 75
GROUPING_MINUTES = 90
SEVERITIES = ("critical", "error", "warning", "info")
STATUSES = ("triggered", "acknowledged", "resolved", "ignored")
OPEN = ("triggered", "acknowledged")
ALERT_TYPES = (
    "spend_threshold",
    "budget_threshold",
    "forecast_overrun",
    "cost_anomaly",
    "idle_gpu",
    "token_rate",
    "agent_disconnected",
    "sync_failure",
    "enforcement_failed",
)
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

HOUR = 3600
#: The longest an inference event takes to be reported (an aggregated record's 4-hour bucket).
REPORTING_LAG = 4 * HOUR
#: Spend metrics the mock measures on the inference traffic, and the hours each window spans.
MEASURED_HOURS = {"hourly_spend": 1, "daily_spend": 24}
_HOLDS = {
    "gt": lambda v, t: v > t,
    "gte": lambda v, t: v >= t,
    "lt": lambda v, t: v < t,
    "lte": lambda v, t: v <= t,
}


def _measurable(rule: Record) -> bool:
    """A rule the traffic answers: a spend metric scoped to an inference source (the fleet's hours
    are not part of the feed, so a rule that may cover GPU spend is left to the seeded history)."""
    scope = rule["scope"]
    return (
        rule["enabled"]
        and rule["metric"] in MEASURED_HOURS
        and scope["source"] not in (None, "gpu_agent")
        and not scope["budget_id"]
        and not scope["instance_id"]
    )


def _spend(feed: SpendFeed, rule: Record, start: int, end: int) -> Decimal:
    """The spend of the rule's scope reported in ``(start, end]``: what a monitor sees in the window
    (an aggregated usage record counts when its bucket closes and it is reported)."""
    scope = rule["scope"]

    def seen(now: int) -> int:
        return sum(
            cost
            for source, who, cost in feed.spend(start - REPORTING_LAG, now, now)
            if source == scope["source"]
            and all(scope[k] is None or who.get(k) == scope[k] for k in ("team", "application"))
        )

    return Decimal(seen(end) - seen(start)) * Decimal("0.0000001")


def evaluate_rules(store: TenantStore, now: datetime, emit: Emit) -> None:
    """Runs the measurable rules over every window that closed since the last run, in order: a
    threshold crossed opens an alert at the window's close (one open alert per rule and scope) and
    sends ``alert.triggered``; triggered alerts climb their escalation policy with the clock."""
    feed: SpendFeed | None = store.singletons.get("spend_feed")
    done: int | None = store.singletons.get("alert_evaluated_hour")
    now = now.replace(microsecond=0)
    current = int(now.timestamp()) // HOUR
    if feed is None or done is None:
        return
    if current > done:
        store.singletons["alert_evaluated_hour"] = current
        rules = sorted(
            (r for r in store.collection("alert_rules", kind="alert rule") if _measurable(r)),
            key=lambda r: r["id"],
        )
        for hour in range(done + 1, current + 1):
            for rule in rules:
                span = MEASURED_HOURS[rule["metric"]]
                if hour % span or parse_time(rule["created_at"]).timestamp() > hour * HOUR:
                    continue
                observed = _spend(feed, rule, (hour - span) * HOUR, hour * HOUR)
                threshold = Decimal(str(threshold_number(rule["condition"]["threshold"])))
                if _HOLDS[rule["condition"]["operator"]](observed, threshold):
                    _open(store, emit, rule, hour * HOUR, observed, threshold)
    policies = {p["id"]: p for p in store.collection("escalation_policies", kind="escalation policy")}
    for alert in store.collection("alerts", kind="alert"):
        policy = policies.get(alert["escalation_policy_id"] or "")
        if alert["status"] == "triggered" and policy is not None:
            alert["escalation_level"] = escalation_level(policy, now - parse_time(alert["triggered_at"]))[0]


def _open(
    store: TenantStore, emit: Emit, rule: Record, closed: int, observed: Decimal, threshold: Decimal
) -> None:
    alerts = store.collection("alerts", kind="alert")
    scope = rule["scope"]
    subject = scope["application"] or scope["team"] or scope["source"]
    if any(a["rule_id"] == rule["id"] and a["status"] in OPEN for a in alerts):
        return  # one open alert per rule: the crossing is the same incident until it is handled
    when = datetime.fromtimestamp(closed, UTC)
    label = "Hourly" if rule["metric"] == "hourly_spend" else "Daily"
    word = "above" if rule["condition"]["operator"] in ("gt", "gte") else "below"
    alert: Record = {
        "id": derived_id("alr_", store.tenant_id, rule["id"], iso(when)),
        "dedup_key": f"{rule['id']}:{subject}:{when:%Y-%m-%dT%H}",
        "summary": f"{label} spend for {subject} is {observed:.2f} USD, {word} the {threshold:g} USD threshold",
        "severity": rule["severity"],
        "status": "triggered",
        "type": "spend_threshold",
        "metric": rule["metric"],
        "observed_value": money(observed),
        "threshold": rule["condition"]["threshold"],
        "cost_impact": money(max(observed - threshold, Decimal(0))),
        "scope": dict(scope),
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
        "custom_details": {"rule_name": rule["name"], "resource": subject},
    }
    alerts.add(alert)
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
            "source": subject,
            "triggered_at": alert["triggered_at"],
            "resolved_at": None,
            "custom_details": alert["custom_details"],
            "url": CONSOLE + alert["id"],
        },
    )
