"""alert's seed: escalation policies, rules, the alerts they fired over the last ``HISTORY_DAYS``
days about the world's watched hosts and streams, and the incidents those alerts opened."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from tensorcost_mock.domain.alert import (
    GROUPING_MINUTES,
    HISTORY_DAYS,
    OPEN,
    SEVERITIES,
    STATUSES,
    escalation_level,
    refresh_incident,
)
from tensorcost_mock.domain.refs import CHANNEL_NAMES, ref_id
from tensorcost_mock.domain.thresholds import threshold_of
from tensorcost_mock.domain.watched import (
    MODEL_STREAMS,
    emails_by_role,
    fleet,
    gpus_label,
    spend_scale,
)
from tensorcost_mock.fixtures import WORLD, Tenant, seeder
from tensorcost_mock.state import CENT, Record, TenantStore, iso, money, parse_time
from tensorcost_mock.world import AlertRule, derived_id

# -- escalation policies ---------------------------------------------------------------------------


def _escalation_policies(tenant: Tenant, now: datetime, rng: random.Random) -> list[Record]:
    """The world's escalation policies (``world/escalation_policies.toml``) as the tenant sees them."""
    people = emails_by_role(tenant)
    out = []
    for policy in WORLD.escalation_policies:
        rules = []
        for level in policy.levels:
            resolved = []
            for target in level.targets:
                kind, ref = target.type, target.ref
                if kind == "schedule":
                    resolved.append({"type": kind, "id": derived_id("ocs_", tenant.id, ref), "name": ref})
                elif kind == "user":
                    email = people[ref]
                    resolved.append({"type": kind, "id": derived_id("mem_", tenant.id, email), "name": email})
                else:
                    resolved.append(
                        {
                            "type": kind,
                            "id": ref_id(tenant, "chn_", "channel", ref),
                            "name": CHANNEL_NAMES[ref],
                        }
                    )
            rules.append({"escalation_delay_in_minutes": level.delay_minutes, "targets": resolved})
        created = now - timedelta(days=policy.age_days, hours=rng.randint(0, 9))
        out.append(
            {
                "id": ref_id(tenant, "esc_", "escalation", policy.key),
                "name": policy.name,
                "description": policy.description,
                "num_loops": policy.num_loops,
                "escalation_rules": rules,
                "created_at": iso(created),
                "updated_at": iso(created + timedelta(days=rng.randint(3, 60))),
            }
        )
    return out


# -- rules -----------------------------------------------------------------------------------------


#: The alert rules every tenant has (``world/alert_rules.toml``).
RULES = WORLD.alert_rules

#: the platform's own alerts (no rule): alert type, severity, weight among the seeded alerts
PLATFORM = (
    ("agent_disconnected", "error", 3),
    ("sync_failure", "warning", 3),
    ("enforcement_failed", "critical", 1),
)
#: The escalation policy the platform's critical and error alerts page (when the world has one keyed so).
PLATFORM_ESCALATION = "gpu" if any(p.key == "gpu" for p in WORLD.escalation_policies) else None


def _budget(key: str, tenant: Tenant) -> tuple[str, Decimal]:
    """Name and limit (in the tenant) of a budget of the world (``world/budgets.toml``)."""
    budget = WORLD.budget(key)
    return budget.name, budget.limit_usd * spend_scale(tenant)


def _threshold(rule: AlertRule, tenant: Tenant) -> float:
    return rule.threshold * float(spend_scale(tenant)) if rule.scaled else rule.threshold


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value >= 1000 else f"{value:g}"


def _rule_record(rule: AlertRule, tenant: Tenant, now: datetime, rng: random.Random) -> Record:
    t = _threshold(rule, tenant)
    created = now - timedelta(days=rule.created_days, hours=rng.randint(0, 9), minutes=rng.randint(0, 59))
    updated = created + timedelta(days=rng.choice([0, 0, 5, 17]))
    if rule.disabled_days is not None:
        updated = now - timedelta(days=rule.disabled_days, hours=3)
    scope = _scope_of(rule.scope, tenant)
    people = emails_by_role(tenant)
    return {
        "id": ref_id(tenant, "rul_", "rule", rule.key),
        "name": rule.name.format(t=_fmt(t)),
        "description": rule.description.format(t=_fmt(t)),
        "metric": rule.metric,
        "scope": scope,
        "condition": {
            "operator": rule.operator,
            "threshold": threshold_of(rule.metric, t),
            "window_minutes": rule.window,
        },
        "severity": rule.severity,
        "escalation_policy_id": ref_id(tenant, "esc_", "escalation", rule.escalation)
        if rule.escalation
        else None,
        "channel_ids": [ref_id(tenant, "chn_", "channel", c) for c in rule.channels],
        "enabled": rule.disabled_days is None,
        "created_by": people[rule.author],
        "created_at": iso(created),
        "updated_at": iso(min(updated, now)),
        "last_triggered_at": None,
    }


def _scope_of(scope: Mapping[str, str], tenant: Tenant) -> Record:
    out: Record = dict.fromkeys(("source", "team", "application", "budget_id", "instance_id", "model_id"))
    for key, value in scope.items():
        if key == "budget":
            out["budget_id"] = WORLD.budget_id(tenant.id, value)
        else:
            out[key] = value
    return out


# -- alerts ----------------------------------------------------------------------------------------


@dataclass
class Subject:
    """What an alert is about: a GPU host, an inference stream, a budget or the platform."""

    label: str
    scope: Record
    hourly: Decimal = Decimal(0)
    details: dict[str, Any] | None = None


def _subjects(rule: AlertRule, tenant: Tenant) -> list[Subject]:
    scope = _scope_of(rule.scope, tenant)
    if scope["budget_id"]:
        return [Subject(_budget(rule.scope["budget"], tenant)[0], scope)]
    if rule.metric in ("daily_spend", "hourly_spend") and scope["team"] and not scope["application"]:
        team = scope["team"]  # spend of a whole team: its GPU hosts and inference streams together
        hourly = sum((h.hourly_usd for h in fleet(tenant) if h.team == team), Decimal(0)) + sum(
            (m.hourly_usd * spend_scale(tenant) for m in MODEL_STREAMS if m.team == team), Decimal(0)
        )
        return [Subject(f"team {team}", scope, hourly)]
    gpu_metric = rule.metric in ("idle_gpu_hours", "gpu_util_pct")
    model_metric = rule.metric in ("token_rate", "request_rate", "anomaly_score")
    out = []
    for host in fleet(tenant):
        if model_metric or any(
            scope[k] and scope[k] != v
            for k, v in (("source", "gpu_agent"), ("team", host.team), ("application", host.application))
        ):
            continue
        s = {**scope, "source": "gpu_agent", "team": host.team, "instance_id": host.id}
        details = {
            "instance_name": host.name,
            "instance_type": host.type.name,
            "gpus": gpus_label(host),
            "region": host.region,
        }
        out.append(Subject(host.name, s, host.hourly_usd, details))
    for stream in MODEL_STREAMS:
        if gpu_metric or any(
            scope[k] and scope[k] != v
            for k, v in (
                ("source", stream.source),
                ("team", stream.team),
                ("application", stream.application),
            )
        ):
            continue
        s = {
            **scope,
            "source": stream.source,
            "team": stream.team,
            "application": stream.application,
            "model_id": stream.model_id,
        }
        hourly = stream.hourly_usd * spend_scale(tenant)
        out.append(Subject(stream.application, s, hourly, {"model_id": stream.model_id}))
    return out


def _label(rule: AlertRule, subject: Subject) -> str:
    if "application" in rule.scope:
        return f"application {subject.scope['application']}"
    if "team" in rule.scope:
        return f"team {rule.scope['team']}"
    return subject.label


def _fire(rule: AlertRule, tenant: Tenant, subject: Subject, rng: random.Random) -> Record:
    """The metric part of an alert: summary, observed value, threshold, cost impact, details."""
    t = _threshold(rule, tenant)
    m = rule.metric
    if rule.operator in ("lt", "lte"):
        observed = round(t * rng.uniform(0.1, 0.8), 1)
    elif m == "anomaly_score":
        observed = round(min(t * rng.uniform(1.02, 1.22), 0.99), 2)
    elif m in ("token_rate", "request_rate"):
        observed = float(round(t * rng.uniform(1.1, 3.5)))
    else:
        observed = round(t * rng.uniform(1.04, 1.5), 2 if "spend" in m else 1)
    impact: Decimal | None = None
    details: dict[str, Any] = {"rule_name": rule.name.format(t=_fmt(t)), **(subject.details or {})}
    label = _label(rule, subject)
    if m == "daily_spend":
        summary = f"Daily spend for {label} is {observed:.2f} USD, above the {_fmt(t)} USD threshold"
        impact = Decimal(str(observed)) - Decimal(str(t))
    elif m == "hourly_spend":
        summary = f"Hourly spend for {label} is {observed:.2f} USD, above the {_fmt(t)} USD threshold"
        impact = Decimal(str(observed)) - Decimal(str(t))
    elif m == "budget_burn_pct":
        summary = f"Budget {subject.label} is {observed:.1f}% consumed ({_fmt(t)}% threshold)"
        details["budget_name"] = subject.label
    elif m == "forecast_overrun":
        name, limit = _budget(rule.scope["budget"], tenant)
        summary = f"Forecast for budget {name} is {observed:.1f}% over its {limit:,.0f} USD limit"
        impact = limit * Decimal(str(observed)) / 100
        details.update(budget_name=name, budget_limit_usd=float(limit))
    elif m == "idle_gpu_hours":
        d = subject.details or {}
        summary = f"{subject.label} ({d['instance_type']}, {d['gpus']}) below 5% GPU utilisation for {observed:.1f} hours"
        impact = subject.hourly * Decimal(str(observed))
        details["avg_gpu_util_pct"] = round(rng.uniform(0.4, 4.6), 1)
    elif m == "gpu_util_pct":
        summary = f"{subject.label} averaged {observed:.1f}% GPU utilisation for {rule.window} minutes (threshold {_fmt(t)}%)"
        impact = subject.hourly * Decimal(rule.window) / 60 * (1 - Decimal(str(observed)) / 100)
    elif m == "anomaly_score":
        baseline = subject.hourly if subject.hourly else Decimal(5)
        factor = Decimal(str(round(rng.uniform(2.5, 6.0), 1)))
        summary = (
            f"Spend anomaly on {subject.label}: score {observed:.2f}, hourly spend {factor}x its baseline"
        )
        impact = baseline * (factor - 1) * rng.randint(2, 8)
        details.update(baseline_hourly_usd=float(baseline.quantize(CENT)), spend_multiple=float(factor))
    else:  # token_rate, request_rate
        unit = "tokens/min" if m == "token_rate" else "requests/min"
        summary = f"{subject.label} at {observed:,.0f} {unit} for {rule.window} minutes, above {_fmt(t)}"
        excess = Decimal(str((observed - t) / observed))
        impact = subject.hourly * Decimal(rule.window) / 60 * excess * 3
    return {
        "summary": summary,
        "metric": m,
        "observed_value": threshold_of(m, observed),
        "threshold": threshold_of(m, t),
        "cost_impact": money(impact) if impact is not None else None,
        "custom_details": details,
    }


def _platform(kind: str, tenant: Tenant, rng: random.Random) -> tuple[str, Record, dict[str, Any], str]:
    """Summary, scope, details and dedup subject of a platform alert."""
    host = rng.choice(fleet(tenant))
    scope = _scope_of({}, tenant)
    if kind == "agent_disconnected":
        minutes = rng.randint(12, 95)
        scope.update(source="gpu_agent", team=host.team, instance_id=host.id)
        details = {"instance_name": host.name, "agent_version": "1.8.2", "minutes_silent": minutes}
        return f"GPU agent on {host.name} has not reported for {minutes} minutes", scope, details, host.name
    if kind == "sync_failure":
        scope["source"] = rng.choice(["bedrock", "azure_openai", "vertex"])
        provider = {"bedrock": "AWS", "azure_openai": "Azure", "vertex": "GCP"}[scope["source"]]
        details = {"provider": provider, "step": "cost_export", "error_code": "AccessDenied"}
        return (
            f"{provider} cost export sync failed: AccessDenied reading the billing export",
            scope,
            details,
            provider,
        )
    scope.update(source="gpu_agent", team=host.team, instance_id=host.id)
    details = {
        "instance_name": host.name,
        "action_type": "stop_instance",
        "error_code": "UnauthorizedOperation",
    }
    return (
        f"Enforcement action stop_instance on {host.name} failed: ec2:StopInstances denied",
        scope,
        details,
        host.name,
    )


RESOLUTION_NOTES = (
    "Rolled back the release that caused it; spend back under the threshold.",
    "Stopped the instance after confirming the job had finished.",
    "Traffic back to baseline after the upstream retry fix.",
    "Condition cleared on its own; nothing to do.",
    "Budget raised by FinOps for the launch week (FIN-2291).",
)
IGNORE_REASONS = (
    "Planned load test; the spend is pre-approved by FinOps.",
    "Known condition during the quarterly training run.",
    "Duplicate of an incident already handled.",
)
ANNOTATIONS = (
    "Looking into it; the owning team is paged.",
    "Retry storm after a provider throttling burst; rolling back.",
    "Confirmed with the owner: an overnight job, safe to stop.",
)


def _alert(
    store: TenantStore,
    tenant: Tenant,
    rng: random.Random,
    now: datetime,
    rule: AlertRule | None,
    platform: tuple[str, str, int] | None,
    triggered: datetime,
    status: str,
    policies: dict[str, Record],
) -> Record:
    people = emails_by_role(tenant)
    if rule is not None:
        subject = rng.choice(_subjects(rule, tenant))
        fired = _fire(rule, tenant, subject, rng)
        rule_id = ref_id(tenant, "rul_", "rule", rule.key)
        severity, kind, scope = rule.severity, rule.alert_type, subject.scope
        dedup_subject = subject.scope.get("instance_id") or subject.scope.get("application") or subject.label
        policy_id = ref_id(tenant, "esc_", "escalation", rule.escalation) if rule.escalation else None
        fired["custom_details"]["resource"] = subject.label
    else:
        assert platform is not None
        kind, severity, _ = platform
        summary, scope, details, dedup_subject = _platform(kind, tenant, rng)
        fired = {
            "summary": summary,
            "metric": None,
            "observed_value": None,
            "threshold": None,
            "cost_impact": None,
            "custom_details": {**details, "resource": dedup_subject},
        }
        rule_id = None
        policy_id = None
        if PLATFORM_ESCALATION is not None and severity in ("critical", "error"):
            policy_id = ref_id(tenant, "esc_", "escalation", PLATFORM_ESCALATION)
    events = rng.choice([1, 1, 1, 2, 3, 5])
    last_event = triggered + timedelta(minutes=sum(rng.randint(3, 15) for _ in range(events - 1)))
    record: Record = {
        "id": store.new_id("alr_"),
        "dedup_key": f"{rule_id or kind}:{dedup_subject}:{triggered:%Y-%m-%dT%H}",
        "summary": fired["summary"],
        "severity": severity,
        "status": status,
        "type": kind,
        "metric": fired["metric"],
        "observed_value": fired["observed_value"],
        "threshold": fired["threshold"],
        "cost_impact": fired["cost_impact"],
        "scope": scope,
        "rule_id": rule_id,
        "incident_id": None,
        "escalation_policy_id": policy_id,
        "escalation_level": 0,
        "event_count": events,
        "triggered_at": iso(triggered),
        "last_event_at": iso(min(last_event, now)),
        "acknowledged_at": None,
        "acknowledged_by": None,
        "resolved_at": None,
        "resolved_by": None,
        "resolution_note": None,
        "ignored_at": None,
        "ignored_by": None,
        "ignored_reason": None,
        "custom_details": fired["custom_details"],
    }
    room = max((now - triggered).total_seconds() / 60, 2.0)  # minutes available for what followed
    stop = now
    acked = status == "acknowledged" or (status in ("resolved", "ignored") and rng.random() < 0.6)
    if acked:
        ack = triggered + timedelta(minutes=rng.uniform(1, min(45, room / 2)))
        record["acknowledged_at"] = iso(ack)
        record["acknowledged_by"] = rng.choice([people["lead"], people["analyst"], people["engineer"]])
        stop = ack
    if status in ("resolved", "ignored"):
        start = parse_time(record["acknowledged_at"]) if acked else triggered
        done = start + timedelta(
            minutes=rng.uniform(1, min(8 * 60, max((now - start).total_seconds() / 60, 1.5)))
        )
        done = min(done, now)
        stop = min(stop, done)
        who = record["acknowledged_by"] or rng.choice([people["lead"], people["analyst"]])
        if status == "resolved":
            record.update(
                resolved_at=iso(done), resolved_by=who, resolution_note=rng.choice(RESOLUTION_NOTES)
            )
        else:
            record.update(ignored_at=iso(done), ignored_by=who, ignored_reason=rng.choice(IGNORE_REASONS))
    record["escalation_level"] = escalation_level(policies.get(policy_id or ""), stop - triggered)[0]
    return record


def _seed_alerts(
    store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime, policies: dict[str, Record]
) -> list[Record]:
    fires: list[tuple[AlertRule | None, tuple[str, str, int] | None, datetime, str, str | None]] = []
    by_severity: dict[str, list[AlertRule]] = {s: [r for r in RULES if r.severity == s] for s in SEVERITIES}
    # Every severity in every status, recently (open ones in the last 2.5 days).
    for severity in SEVERITIES:
        for status in STATUSES:
            hours = rng.uniform(0.4, 60) if status in OPEN else rng.uniform(3, 14 * 24)
            candidates = [
                r for r in by_severity[severity] if r.disabled_days is None and r.created_days * 24 > hours
            ]
            fixed = None
            if severity == "error" and status == "triggered":
                candidates = [r for r in RULES if r.key == "search_daily"]
                hours = 18.3
                fixed = "search_daily_open"
            candidates = [r for r in candidates if _subjects(r, tenant)]  # a world may lack a rule's subjects
            if candidates:
                fires.append((rng.choice(candidates), None, now - timedelta(hours=hours), status, fixed))
    # The history: rules fire while they exist and are enabled; the platform adds its own alerts.
    weights = [r.weight for r in RULES] + [p[2] for p in PLATFORM]
    choices: list[AlertRule | tuple[str, str, int]] = [*RULES, *PLATFORM]
    while len(fires) < 86:
        pick = rng.choices(choices, weights)[0]
        ago = timedelta(hours=rng.uniform(0.5, HISTORY_DAYS * 24))
        if isinstance(pick, AlertRule) and (
            ago > timedelta(days=pick.created_days)
            or (pick.disabled_days is not None and ago < timedelta(days=pick.disabled_days))
            or not _subjects(pick, tenant)
        ):
            continue
        hours = ago.total_seconds() / 3600
        if hours < 48:
            status = rng.choices(STATUSES, [45, 40, 10, 5])[0]
        elif hours < 7 * 24:
            status = rng.choices(STATUSES, [8, 17, 60, 15])[0]
        else:
            status = rng.choices(STATUSES, [0, 0, 85, 15])[0]
        rule = pick if isinstance(pick, AlertRule) else None
        platform = None if isinstance(pick, AlertRule) else pick
        fires.append((rule, platform, now - ago, status, None))
    alerts = []
    for rule, platform, triggered, status, fixed in fires:
        record = _alert(
            store, tenant, rng, now, rule, platform, triggered.replace(microsecond=0), status, policies
        )
        if fixed:
            record["id"] = ref_id(tenant, "alr_", "alert", fixed)
        alerts.append(record)
    alerts.sort(key=lambda a: (a["triggered_at"], a["id"]))
    return alerts


def _seed_incidents(
    store: TenantStore,
    tenant: Tenant,
    rng: random.Random,
    now: datetime,
    alerts: list[Record],
    policies: dict[str, Record],
) -> list[Record]:
    incidents: list[Record] = []
    members: dict[str, list[Record]] = {}
    current: dict[str, Record] = {}  # escalation policy id -> its latest incident
    for alert in alerts:
        policy_id = alert["escalation_policy_id"]
        if alert["severity"] not in ("critical", "error") or policy_id is None:
            continue
        # The alert with a fixed id opens the incident with a fixed id (the spec examples' pair).
        fixed = alert["id"] == ref_id(tenant, "alr_", "alert", "search_daily_open")
        latest = current.get(policy_id)
        opened_within = latest is not None and parse_time(alert["triggered_at"]) - parse_time(
            latest["created_at"]
        ) <= timedelta(minutes=GROUPING_MINUTES)
        if latest is not None and opened_within and not fixed:
            latest["alert_ids"].append(alert["id"])
            members[latest["id"]].append(alert)
            alert["incident_id"] = latest["id"]
            continue
        incident = {
            "id": ref_id(tenant, "inc_", "incident", "search_daily_open") if fixed else store.new_id("inc_"),
            "title": _title(alert),
            "status": "triggered",
            "severity": alert["severity"],
            "alert_ids": [alert["id"]],
            "escalation_policy_id": policy_id,
            "cost_impact": None,
            "created_at": alert["triggered_at"],
            "acknowledged_at": None,
            "resolved_at": None,
            "timeline": [],
        }
        alert["incident_id"] = incident["id"]
        members[incident["id"]] = [alert]
        current[policy_id] = incident
        incidents.append(incident)
    for incident in incidents:
        group = members[incident["id"]]
        refresh_incident(incident, group)
        incident["timeline"] = _timeline(
            incident, group, policies[incident["escalation_policy_id"]], now, rng
        )
    return incidents


def _targets(policy: Record, level: int) -> str:
    return ", ".join(f"{t['type']} {t['name']}" for t in policy["escalation_rules"][level - 1]["targets"])


def _title(alert: Record) -> str:
    details = alert["custom_details"]
    if alert["rule_id"]:
        name, resource = details["rule_name"], details["resource"]
        return name if resource.startswith("team ") else f"{name}: {resource}"
    return {
        "agent_disconnected": "GPU agent disconnected",
        "sync_failure": "Cost export sync failing",
        "enforcement_failed": "Enforcement action failed",
    }[alert["type"]] + f" ({details['resource']})"


def _timeline(
    incident: Record, alerts: list[Record], policy: Record, now: datetime, rng: random.Random
) -> list[Record]:
    first = alerts[0]
    opened = parse_time(first["triggered_at"])
    actor = f"rule:{first['rule_id']}" if first["rule_id"] else "system"
    entries: list[dict[str, Any]] = [
        {"at": opened, "kind": "triggered", "actor": actor, "message": f"Alert {first['id']} opened the incident: {first['summary']}."},
        {"at": opened + timedelta(seconds=4), "kind": "notification_sent", "actor": "system", "message": f"Notified {_targets(policy, 1)} (level 1)."},
    ]  # fmt: skip
    stop = parse_time(incident["acknowledged_at"] or incident["resolved_at"] or iso(now))
    for after, level in escalation_level(policy, stop - opened)[1]:
        message = f"Not acknowledged in time; escalated to {_targets(policy, level)} (level {level})."
        entries.append({"at": opened + after, "kind": "escalated", "actor": "system", "message": message})
    for alert in alerts[1:]:
        entries.append(
            {
                "at": parse_time(alert["triggered_at"]),
                "kind": "alert_added",
                "actor": "system",
                "message": f"Alert {alert['id']} grouped into this incident: {alert['summary']}.",
            }
        )
    acked = [a for a in alerts if a["acknowledged_at"]]
    if acked:
        a = min(acked, key=lambda x: x["acknowledged_at"])
        at = parse_time(a["acknowledged_at"])
        entries.append(
            {
                "at": at,
                "kind": "acknowledged",
                "actor": a["acknowledged_by"],
                "message": "Acknowledged; escalation stopped.",
            }
        )
        note_at = at + timedelta(minutes=rng.randint(3, 25))
        if rng.random() < 0.6 and note_at < parse_time(incident["resolved_at"] or iso(now)):
            entries.append(
                {
                    "at": note_at,
                    "kind": "annotated",
                    "actor": a["acknowledged_by"],
                    "message": rng.choice(ANNOTATIONS),
                }
            )
    for alert in alerts:
        closed = alert["resolved_at"] or alert["ignored_at"]
        if closed and incident["resolved_at"] != closed:
            entries.append(_closed_entry(alert))
    if incident["status"] == "resolved":
        last = max(alerts, key=lambda x: x["resolved_at"] or x["ignored_at"])
        entries.append(_resolved_entry(last, incident))
    entries.sort(key=lambda e: e["at"])
    return [{**e, "at": iso(e["at"])} for e in entries]


def _closed_entry(alert: Record) -> Record:
    if alert["status"] == "resolved":
        return {
            "at": parse_time(alert["resolved_at"]),
            "kind": "annotated",
            "actor": alert["resolved_by"],
            "message": f"Alert {alert['id']} resolved: {alert['resolution_note'] or 'no note'}",
        }
    return {"at": parse_time(alert["ignored_at"]), "kind": "annotated", "actor": alert["ignored_by"],
            "message": f"Alert {alert['id']} ignored: {alert['ignored_reason']}"}  # fmt: skip


def _resolved_entry(alert: Record, incident: Record) -> Record:
    who = alert["resolved_by"] or alert["ignored_by"]
    how = "resolved" if alert["status"] == "resolved" else f"ignored ({alert['ignored_reason']})"
    return {"at": parse_time(incident["resolved_at"]), "kind": "resolved", "actor": who,
            "message": f"Last open alert {alert['id']} {how}; incident resolved."}  # fmt: skip


@seeder("alert")
def seed_alert(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
    now = now.replace(microsecond=0)
    escalations = store.collection("escalation_policies", kind="escalation policy")
    for policy in _escalation_policies(tenant, now, rng):
        escalations.add(policy)
    policies = {p["id"]: p for p in escalations}
    rules = store.collection("alert_rules", kind="alert rule")
    for rule in RULES:
        rules.add(_rule_record(rule, tenant, now, rng))
    alerts = _seed_alerts(store, tenant, rng, now, policies)
    incidents = _seed_incidents(store, tenant, rng, now, alerts, policies)
    collection = store.collection("alerts", kind="alert")
    for alert in alerts:
        collection.add(alert)
        fired_by = rules.get(alert["rule_id"] or "")
        if fired_by is not None:
            fired_by["last_triggered_at"] = max(fired_by["last_triggered_at"] or "", alert["triggered_at"])
    for incident in incidents:
        store.collection("incidents", kind="incident").add(incident)
    store.singletons["alert_evaluated_minute"] = int(now.timestamp()) // 60
