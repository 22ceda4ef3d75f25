"""enforcement's seed: the policy templates, the tenant's policies and its action queue (the
entries name the watched hosts and streams of :mod:`tensorcost_mock.domain.watched`)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from tensorcost_mock.domain.enforcement import (
    OPERATOR_SIGNS,
    TEMPLATES,
    condition,
    new_action,
    rounded,
    scope_of,
)
from tensorcost_mock.domain.refs import ref_id
from tensorcost_mock.domain.thresholds import threshold_number
from tensorcost_mock.domain.watched import (
    MODEL_STREAMS,
    emails_by_role,
    fleet,
    instance_id,
    spend_scale,
)
from tensorcost_mock.fixtures import ACME, WORLD, Tenant, seeder
from tensorcost_mock.state import CENT, Record, TenantStore, iso, money
from tensorcost_mock.world import TIMED_ACTIONS, EnforcementPolicy, PolicyAction, derived_id

# -- seed: policies and the action queue -----------------------------------------------------------


@dataclass(frozen=True)
class PolicySeed:
    key: str
    name: str
    description: str
    mode: str  # dry_run | enforce | disabled
    resume_mode: str
    template_id: str | None
    scope: Record
    conditions: list[Record]
    actions: list[Record]
    requires_approval: bool
    approval_timeout_minutes: int
    cooldown_minutes: int
    author: str  # role key of emails_by_role
    age_days: int


def _policy_seeds(tenant: Tenant) -> list[PolicySeed]:
    """The world's enforcement policies (``world/enforcement_policies.toml``) as the tenant has them."""
    s = float(spend_scale(tenant))
    return [_policy_seed(policy, tenant, s) for policy in WORLD.enforcement_policies]


def _policy_seed(policy: EnforcementPolicy, tenant: Tenant, s: float) -> PolicySeed:
    thresholds = [c.threshold * s if c.scaled else c.threshold for c in policy.conditions]
    return PolicySeed(
        policy.key,
        policy.name,
        policy.description.format(t=f"{thresholds[0]:g}"),
        policy.mode,
        policy.resume_mode,
        policy.template_id,
        scope_of(**{k: list(v) for k, v in policy.scope.items()}),
        [
            condition(c.metric, c.operator, t, c.window)
            for c, t in zip(policy.conditions, thresholds, strict=True)
        ],
        [_action(action, tenant, s) for action in policy.actions],
        policy.requires_approval,
        policy.approval_timeout_minutes,
        policy.cooldown_minutes,
        policy.author,
        policy.age_days,
    )


def _action(action: PolicyAction, tenant: Tenant, s: float) -> Record:
    """A policy action as the spec writes it: channel keys become the tenant's channel ids, scaled
    fields follow the tenant's spend and a timed action left without a duration lasts until undone."""
    out: Record = {}
    for key, value in action.params.items():
        if key == "channels":
            out["channel_ids"] = [ref_id(tenant, "chn_", "channel", c) for c in value]
        elif key in action.scaled:
            out[key] = int(value * s) if isinstance(value, int) else value * s
        else:
            out[key] = list(value) if isinstance(value, list) else value
    if action.type in TIMED_ACTIONS and "duration_minutes" not in out:
        out["duration_minutes"] = None
    return out


#: what a seeded action queue entry looks like for each policy action type
_FAILURES = {
    "stop_instance": "ec2:StopInstances was denied for the TensorCost role (UnauthorizedOperation); grant it "
    "in the integration's IAM policy.",
    "throttle": "The gateway rejected the rate-limit update: rate limit config version conflict; retried 3 times.",
    "block_model": "The model gateway did not acknowledge the block within 60 seconds.",
    "scale_down": "The autoscaling group is at min_instances already.",
    "revoke_key": "The key was already revoked by a member.",
}
_CANCEL_REASONS = (
    "Fine-tune still running on this host; keep it up until the checkpoint lands.",
    "Planned load test of this application; the spend is pre-approved by FinOps.",
    "Duplicate of an action approved earlier today.",
)
_APPROVAL_COMMENTS = (
    "Checked with the owning team; nothing is scheduled on it.",
    "Approved: the weekend run finished yesterday.",
    None,
)


def _target(tenant: Tenant, action: Record, policy: PolicySeed, rng: random.Random) -> tuple[Record, str]:
    """The target of a queued action, and what made the policy fire."""
    kind = action["type"]
    if kind in ("stop_instance", "scale_down"):
        watched = fleet(tenant)
        hosts = [h for h in watched if h.team in policy.scope["teams"]] or list(watched)
        host = rng.choice(hosts)
        if kind == "scale_down":
            pool = f"{host.application}-pool"
            return {"resource_type": "gpu_group", "resource_id": pool, "resource_name": pool}, host.team
        return {
            "resource_type": "gpu_instance",
            "resource_id": host.id,
            "resource_name": host.name,
        }, host.name
    streams = [
        m
        for m in MODEL_STREAMS
        if (not policy.scope["applications"] or m.application in policy.scope["applications"])
        and (not policy.scope["sources"] or m.source in policy.scope["sources"])
    ] or list(MODEL_STREAMS)  # a world whose streams the seeded policy's scope does not name
    stream = rng.choice(streams)
    if kind in ("block_model", "route_model"):
        model = action.get("from_model_id") or action["model_ids"][0]
        return {"resource_type": "model", "resource_id": model, "resource_name": model}, stream.application
    if kind == "revoke_key":
        key = derived_id("key_", tenant.id, stream.application)
        return {
            "resource_type": "agent_credential",
            "resource_id": key,
            "resource_name": stream.application,
        }, (stream.application)
    if kind == "notify":
        return {
            "resource_type": "team",
            "resource_id": stream.team,
            "resource_name": stream.team,
        }, stream.team
    return {
        "resource_type": "application",
        "resource_id": stream.application,
        "resource_name": stream.application,
    }, stream.application


def _observed(condition: Record, rng: random.Random) -> float:
    threshold = threshold_number(condition["threshold"])
    if condition["operator"] in ("lt", "lte"):
        return rounded(threshold * rng.uniform(0.1, 0.8), 1)
    value = threshold * rng.uniform(1.03, 1.6)
    if condition["metric"] == "anomaly_score":
        return rounded(min(value, 0.99), 2)
    if condition["metric"] in ("token_rate", "request_rate"):
        return float(round(value))
    return rounded(value, 2 if "spend" in condition["metric"] else 1)


def _savings(
    tenant: Tenant, kind: str, policy: PolicySeed, subject: str, rng: random.Random, scale: Decimal
) -> Decimal | None:
    if kind == "notify":
        return None
    if kind == "stop_instance":
        hosts = fleet(tenant)
        host = next((h for h in hosts if h.name == subject), hosts[0])
        return (host.hourly_usd * Decimal(rng.randint(6, 14))).quantize(CENT)
    return (Decimal(rng.uniform(40, 600)) * scale).quantize(CENT)


#: The lifecycle fields of an action-queue entry, empty until it is approved, cancelled, started or done.
def _seed_actions(
    store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime, policies: list[PolicySeed]
) -> None:
    actions = store.collection("enforcement_actions", kind="enforcement action")
    people = emails_by_role(tenant)
    scale = spend_scale(tenant)
    # Policies enforcing now queue the recent entries; those disabled since then appear in the history.
    active = [p for p in policies if p.mode == "enforce"]
    queued = [p for p in policies if p.mode == "enforce" or p.resume_mode == "enforce"]
    plan: list[tuple[PolicySeed, str, timedelta]] = []
    # Recent entries first: what waits on a human now, what runs now, then the history.
    for policy in active:
        if policy.requires_approval:
            plan.append((policy, "pending_approval", timedelta(minutes=rng.randint(10, 50))))
    # A world's policies may have none that enforce (with approval): those entries are then left out.
    approving = [p for p in active if p.requires_approval]
    if approving:
        plan.append((rng.choice(approving), "approved", timedelta(minutes=rng.randint(20, 90))))
    if active:
        plan.append((rng.choice(active), "executing", timedelta(minutes=rng.randint(1, 4))))
    history_states = ["succeeded"] * 18 + ["failed"] * 4 + ["cancelled"] * 5 + ["expired"] * 5
    for state in history_states:
        candidates = [p for p in queued if p.requires_approval] if state == "expired" else queued
        if candidates:
            plan.append((rng.choice(candidates), state, timedelta(hours=rng.uniform(3, 24 * 30))))
    for i, (policy, state, ago) in enumerate(plan):
        action = rng.choice([a for a in policy.actions if a["type"] != "notify"] or policy.actions)
        if policy.key == "idle_ml" and i == 0:
            action = policy.actions[1]
        target, subject = _target(tenant, action, policy, rng)
        if policy.key == "idle_ml" and i == 0 and tenant.id == ACME.id:
            target = {
                "resource_type": "gpu_instance",
                "resource_id": instance_id(tenant, "gpu-train-07"),
                "resource_name": "gpu-train-07",
            }
            subject = "gpu-train-07"
        condition = policy.conditions[0]
        observed = _observed(condition, rng)
        requested = now - ago
        needs_approval = policy.requires_approval
        expires = requested + timedelta(minutes=policy.approval_timeout_minutes) if needs_approval else None
        if state == "pending_approval" and expires is not None and expires <= now:
            expires = now + timedelta(minutes=15)
        record = new_action(
            id=store.new_id("act_"),
            policy_id=ref_id(tenant, "pol_", "policy", policy.key),
            policy_name=policy.name,
            recommendation_id=None,
            type=action["type"],
            status=state,
            action=action,
            target=target,
            reason=f"{subject}: {condition['metric']} {observed:g} {OPERATOR_SIGNS[condition['operator']]} "
            f"{threshold_number(condition['threshold']):g} for {condition['window_minutes']} minutes.",
            observed_value=observed,
            estimated_savings=None,
            requested_at=iso(requested),
            expires_at=iso(expires) if expires else None,
        )
        saving = _savings(tenant, action["type"], policy, subject, rng, scale)
        record["estimated_savings"] = money(saving) if saving is not None else None
        approved_at = requested + timedelta(minutes=rng.randint(4, 60)) if needs_approval else requested
        if state in ("approved", "executing", "succeeded", "failed") and needs_approval:
            approved_at = min(approved_at, now - timedelta(minutes=1))
            record["approved_by"] = rng.choice([people["lead"], people["analyst"], people["owner"]])
            record["approved_at"] = iso(approved_at)
            record["approval_comment"] = rng.choice(_APPROVAL_COMMENTS)
        if state in ("executing", "succeeded", "failed"):
            started = min(approved_at + timedelta(seconds=rng.randint(1, 40)), now)
            record["started_at"] = iso(started)
            if state != "executing":
                record["completed_at"] = iso(min(started + timedelta(seconds=rng.randint(2, 300)), now))
            if state == "failed":
                record["failure_reason"] = _FAILURES.get(action["type"], "The executor timed out.")
        if state == "cancelled":
            record["cancelled_by"] = rng.choice([people["engineer"], people["lead"]])
            record["cancelled_at"] = iso(requested + timedelta(minutes=rng.randint(3, 45)))
            record["cancel_reason"] = rng.choice(_CANCEL_REASONS)
        if policy.key == "idle_ml" and i == 0:
            record["id"] = ref_id(tenant, "act_", "action", "idle_ml_pending")
        actions.add(record)


#: templates whose schema requires a channel: the tenant's channel their defaults name
_DEFAULT_CHANNEL = {"tpl_AnomalyRevoke06": "platform_pd", "tpl_ForecastNotify07": "finops_slack"}


@seeder("enforcement")
def seed_enforcement(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
    templates = store.collection("policy_templates", kind="policy template")
    for template in TEMPLATES:
        channel = _DEFAULT_CHANNEL.get(template["id"])
        defaults = dict(template["default_parameters"])
        if channel:
            defaults["channel_ids"] = [ref_id(tenant, "chn_", "channel", channel)]
        templates.add({**template, "default_parameters": defaults})
    policies = store.collection("enforcement_policies", kind="enforcement policy")
    people = emails_by_role(tenant)
    seeds = _policy_seeds(tenant)
    for seed in seeds:
        created = now - timedelta(days=seed.age_days, hours=rng.randint(0, 8), minutes=rng.randint(0, 59))
        updated = created + timedelta(days=rng.randint(0, max(seed.age_days - 2, 0)))
        triggered = None
        if seed.mode != "dry_run" or rng.random() < 0.7:
            triggered = iso(now - timedelta(hours=rng.randint(1, 20 * 24)))
            triggered = max(triggered, iso(created))
        policies.add(
            {
                "id": ref_id(tenant, "pol_", "policy", seed.key),
                "name": seed.name,
                "description": seed.description,
                "mode": seed.mode,
                "enabled": seed.mode != "disabled",
                "resume_mode": seed.resume_mode,
                "template_id": seed.template_id,
                "scope": seed.scope,
                "conditions": seed.conditions,
                "condition_logic": "all",
                "actions": seed.actions,
                "requires_approval": seed.requires_approval,
                "approval_timeout_minutes": seed.approval_timeout_minutes,
                "cooldown_minutes": seed.cooldown_minutes,
                "created_by": people[seed.author],
                "created_at": iso(created),
                "updated_at": iso(min(updated, now)),
                "last_triggered_at": triggered,
            }
        )
    _seed_actions(store, tenant, rng, now, seeds)
