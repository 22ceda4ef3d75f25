"""enforcement's rules: policies (dry_run | enforce | disabled), templates, simulation and the action queue.

Collections:

- ``enforcement_policies``: records shaped like the spec's ``EnforcementPolicy``.
- ``policy_templates``: the pre-built templates (the same ids in every tenant), each with a JSON Schema
  for its parameters; ``TEMPLATE_BUILDERS`` turns valid parameters into a policy definition.
- ``enforcement_actions``: the action queue (``EnforcementAction``). A ``pending_approval`` action whose
  ``expires_at`` has passed on the mock clock turns ``expired`` the next time the queue is read or
  changed.
- ``usage_history`` (built on the first simulation, from the tenant's seed): one usage sample per
  resource and 4-hour block over the last ``HISTORY_DAYS`` days, for the watched GPU hosts of the
  tenant's fleet (``fleet(tenant)``) and the inference streams of ``MODEL_STREAMS`` (:mod:`tensorcost_mock.domain.watched`): cost, running daily and hourly spend, token and request
  rates, anomaly score, GPU utilisation and consecutive idle hours. ``enforcement_simulate_policy``
  evaluates a definition against these samples, so its counts, costs and savings all come from them.

Both come from the world (``world/fleet.toml``, ``world/models.toml``) and are also the subjects of the
seeded alerts (``seed/alert.py``), so alerts, queued actions and simulations name the same instances (which
``GET /v1/gpu/instances/{id}`` serves), applications and models.
"""

from __future__ import annotations

import bisect
import math
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import jsonschema_rs

from tensorcost_mock.domain.thresholds import check_thresholds, threshold_number, threshold_of
from tensorcost_mock.domain.watched import (
    MODEL_STREAMS,
    blended_price,
    fleet,
    spend_scale,
    usage_of,
)
from tensorcost_mock.errors import conflict, validation_error
from tensorcost_mock.events import ActionRequested
from tensorcost_mock.fixtures import Tenant
from tensorcost_mock.spec.validation import details_of
from tensorcost_mock.state import CENT, Collection, Record, TenantStore, iso, money, random_id


def rounded(value: float, places: int = 2) -> float:
    return round(value, places)


# -- templates -------------------------------------------------------------------------------------

CHANNEL_IDS_PARAM = {
    "type": "array",
    "items": {"type": "string", "minLength": 1, "description": "A notification channel id (`chn_...`)."},
    "description": "Channels to notify.",
}
STRINGS = {"type": "array", "items": {"type": "string", "minLength": 1}}

TEMPLATES: tuple[Record, ...] = (
    {
        "id": "tpl_IdleGpuStop01",
        "name": "Stop idle GPU instances",
        "description": "Stop GPU instances whose utilisation stays under the idle threshold for a number of "
        "hours; notify first.",
        "category": "gpu",
        "action_types": ["notify", "stop_instance"],
        "default_mode": "dry_run",
        "requires_approval": True,
        "parameters_schema": {
            "type": "object",
            "required": ["idle_hours"],
            "additionalProperties": False,
            "properties": {
                "idle_hours": {
                    "type": "number",
                    "minimum": 0.5,
                    "maximum": 72,
                    "description": "Hours below the idle threshold before stopping.",
                },
                "teams": {**STRINGS, "description": "Teams to cover; empty means all."},
                "grace_period_minutes": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 1440,
                    "description": "Warning period before the stop.",
                },
                "channel_ids": CHANNEL_IDS_PARAM,
            },
        },
        "default_parameters": {"idle_hours": 4, "teams": [], "grace_period_minutes": 15, "channel_ids": []},
    },
    {
        "id": "tpl_TokenBudgetCap02",
        "name": "Block a model past its daily budget",
        "description": "Block managed-inference models for the rest of the UTC day once an application's "
        "daily spend passes a cap.",
        "category": "managed_inference",
        "action_types": ["notify", "block_model"],
        "default_mode": "dry_run",
        "requires_approval": False,
        "parameters_schema": {
            "type": "object",
            "required": ["daily_cap_usd", "model_ids"],
            "additionalProperties": False,
            "properties": {
                "daily_cap_usd": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "description": "Daily spend cap in USD.",
                },
                "model_ids": {**STRINGS, "minItems": 1, "description": "Models to block."},
                "applications": {**STRINGS, "description": "Applications to cover; empty means all."},
                "channel_ids": CHANNEL_IDS_PARAM,
            },
        },
        "default_parameters": {
            "daily_cap_usd": 1000,
            "model_ids": ["anthropic.claude-3-opus-20240229-v1:0"],
            "applications": [],
            "channel_ids": [],
        },
    },
    {
        "id": "tpl_AgentThrottle03",
        "name": "Throttle runaway agents",
        "description": "Cap the request and token rate of an agent application whose token rate stays above "
        "a limit, the usual sign of a tool-call loop.",
        "category": "agents",
        "action_types": ["throttle"],
        "default_mode": "dry_run",
        "requires_approval": False,
        "parameters_schema": {
            "type": "object",
            "required": ["token_rate_limit"],
            "additionalProperties": False,
            "properties": {
                "token_rate_limit": {
                    "type": "integer",
                    "minimum": 1000,
                    "description": "Tokens per minute (input plus output) above which the agent is capped.",
                },
                "applications": {**STRINGS, "description": "Agent applications to cover; empty means all."},
                "max_requests_per_minute": {"type": "integer", "minimum": 1, "description": "Request cap."},
                "max_tokens_per_minute": {"type": "integer", "minimum": 1, "description": "Token cap."},
                "duration_minutes": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 1440,
                    "description": "How long the cap stays.",
                },
            },
        },
        "default_parameters": {
            "token_rate_limit": 200000,
            "applications": [],
            "max_requests_per_minute": 60,
            "max_tokens_per_minute": 100000,
            "duration_minutes": 60,
        },
    },
    {
        "id": "tpl_ModelRouting04",
        "name": "Route traffic to a cheaper model over a daily spend",
        "description": "Once an application's daily spend passes a threshold, send a share of one model's "
        "traffic to a cheaper model until the end of the day.",
        "category": "managed_inference",
        "action_types": ["route_model"],
        "default_mode": "dry_run",
        "requires_approval": False,
        "parameters_schema": {
            "type": "object",
            "required": ["daily_spend_usd", "from_model_id", "to_model_id"],
            "additionalProperties": False,
            "properties": {
                "daily_spend_usd": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "description": "Daily spend, USD.",
                },
                "from_model_id": {
                    "type": "string",
                    "minLength": 1,
                    "description": "Model to take traffic from.",
                },
                "to_model_id": {"type": "string", "minLength": 1, "description": "Model to send it to."},
                "traffic_share": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "maximum": 1,
                    "description": "Fraction of the traffic rerouted (0-1).",
                },
                "applications": {**STRINGS, "description": "Applications to cover; empty means all."},
            },
        },
        "default_parameters": {
            "daily_spend_usd": 300,
            "from_model_id": "anthropic.claude-3-5-sonnet-20241022-v2:0",
            "to_model_id": "anthropic.claude-3-5-haiku-20241022-v1:0",
            "traffic_share": 0.5,
            "applications": [],
        },
    },
    {
        "id": "tpl_GpuScaleDown05",
        "name": "Scale down under-used GPU pools",
        "description": "Shrink a GPU node pool whose average utilisation stays low for an hour, keeping a "
        "minimum number of instances.",
        "category": "gpu",
        "action_types": ["scale_down"],
        "default_mode": "dry_run",
        "requires_approval": True,
        "parameters_schema": {
            "type": "object",
            "required": ["max_gpu_util_pct"],
            "additionalProperties": False,
            "properties": {
                "max_gpu_util_pct": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "maximum": 100,
                    "description": "Average GPU utilisation (percent) below which the pool shrinks.",
                },
                "reduce_by_pct": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "description": "Share removed.",
                },
                "min_instances": {"type": "integer", "minimum": 0, "description": "Floor of the pool."},
                "teams": {**STRINGS, "description": "Teams to cover; empty means all."},
            },
        },
        "default_parameters": {"max_gpu_util_pct": 15, "reduce_by_pct": 50, "min_instances": 1, "teams": []},
    },
    {
        "id": "tpl_AnomalyRevoke06",
        "name": "Revoke agent keys on runaway anomalies",
        "description": "Revoke the agent credentials behind a spend anomaly with a high request rate, after "
        "approval.",
        "category": "agents",
        "action_types": ["notify", "revoke_key"],
        "default_mode": "dry_run",
        "requires_approval": True,
        "parameters_schema": {
            "type": "object",
            "required": ["min_anomaly_score", "channel_ids"],
            "additionalProperties": False,
            "properties": {
                "min_anomaly_score": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1,
                    "description": "Anomaly score (0 to 1) from which keys are revoked.",
                },
                "min_requests_per_minute": {"type": "integer", "minimum": 1, "description": "Request rate."},
                "channel_ids": {**CHANNEL_IDS_PARAM, "minItems": 1},
            },
        },
        # channel_ids is filled per tenant (see _DEFAULT_CHANNEL), so the defaults satisfy the schema
        "default_parameters": {"min_anomaly_score": 0.95, "min_requests_per_minute": 600, "channel_ids": []},
    },
    {
        "id": "tpl_ForecastNotify07",
        "name": "Warn teams whose daily spend runs over plan",
        "description": "Notify channels when a team's daily spend passes its plan, so the owner can act "
        "before the budget does.",
        "category": "budget",
        "action_types": ["notify"],
        "default_mode": "enforce",
        "requires_approval": False,
        "parameters_schema": {
            "type": "object",
            "required": ["daily_plan_usd", "channel_ids"],
            "additionalProperties": False,
            "properties": {
                "daily_plan_usd": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "description": "Daily plan, USD.",
                },
                "teams": {**STRINGS, "description": "Teams to cover; empty means all."},
                "channel_ids": {**CHANNEL_IDS_PARAM, "minItems": 1},
            },
        },
        "default_parameters": {"daily_plan_usd": 500, "teams": [], "channel_ids": []},
    },
)

#: templates whose schema requires a channel: the tenant's channel their defaults name
TEMPLATE_VALIDATORS = {
    t["id"]: jsonschema_rs.Draft202012Validator(t["parameters_schema"], validate_formats=True)
    for t in TEMPLATES
}


def scope_of(**lists: list[str]) -> Record:
    keys = ("sources", "teams", "applications", "model_ids", "instance_ids")
    return {k: list(lists.get(k) or []) for k in keys}


def _notify(p: Record) -> list[Record]:
    return [{"type": "notify", "channel_ids": list(p["channel_ids"])}] if p.get("channel_ids") else []


def condition(metric: str, operator: str, threshold: float, window: int) -> Record:
    return {
        "metric": metric,
        "operator": operator,
        "threshold": threshold_of(metric, threshold),
        "window_minutes": window,
    }


#: template id -> parameters -> (scope, conditions, actions, approval_timeout_minutes, cooldown_minutes)
TEMPLATE_BUILDERS: dict[str, Callable[[Record], tuple[Record, list[Record], list[Record], int, int]]] = {
    "tpl_IdleGpuStop01": lambda p: (
        scope_of(sources=["gpu_agent"], teams=p["teams"]),
        [condition("idle_gpu_hours", "gte", p["idle_hours"], 15)],
        [*_notify(p), {"type": "stop_instance", "grace_period_minutes": p["grace_period_minutes"]}],
        120,
        240,
    ),
    "tpl_TokenBudgetCap02": lambda p: (
        scope_of(applications=p["applications"], model_ids=p["model_ids"]),
        [condition("daily_spend", "gt", p["daily_cap_usd"], 5)],
        [*_notify(p), {"type": "block_model", "model_ids": list(p["model_ids"]), "duration_minutes": None}],
        60,
        1440,
    ),
    "tpl_AgentThrottle03": lambda p: (
        scope_of(sources=["anthropic_api", "openai_api"], applications=p["applications"]),
        [condition("token_rate", "gt", p["token_rate_limit"], 10)],
        [
            {
                "type": "throttle",
                "max_requests_per_minute": p["max_requests_per_minute"],
                "max_tokens_per_minute": p["max_tokens_per_minute"],
                "duration_minutes": p["duration_minutes"],
            }
        ],
        30,
        60,
    ),
    "tpl_ModelRouting04": lambda p: (
        scope_of(applications=p["applications"], model_ids=[p["from_model_id"]]),
        [condition("daily_spend", "gt", p["daily_spend_usd"], 5)],
        [
            {
                "type": "route_model",
                "from_model_id": p["from_model_id"],
                "to_model_id": p["to_model_id"],
                "traffic_share": p["traffic_share"],
                "duration_minutes": None,
            }
        ],
        60,
        1440,
    ),
    "tpl_GpuScaleDown05": lambda p: (
        scope_of(sources=["gpu_agent"], teams=p["teams"]),
        [condition("gpu_util_pct", "lt", p["max_gpu_util_pct"], 60)],
        [{"type": "scale_down", "reduce_by_pct": p["reduce_by_pct"], "min_instances": p["min_instances"]}],
        120,
        360,
    ),
    "tpl_AnomalyRevoke06": lambda p: (
        scope_of(sources=["anthropic_api", "openai_api"]),
        [
            condition("anomaly_score", "gte", p["min_anomaly_score"], 15),
            condition("request_rate", "gt", p["min_requests_per_minute"], 15),
        ],
        [*_notify(p), {"type": "revoke_key", "key_ids": []}],
        60,
        1440,
    ),
    "tpl_ForecastNotify07": lambda p: (
        scope_of(teams=p["teams"]),
        [condition("daily_spend", "gt", p["daily_plan_usd"], 5)],
        _notify(p),
        120,
        1440,
    ),
}


OPERATOR_SIGNS = {"gt": ">", "gte": ">=", "lt": "<", "lte": "<="}

_LIFECYCLE_FIELDS = (
    "approved_by",
    "approved_at",
    "approval_comment",
    "cancelled_by",
    "cancelled_at",
    "cancel_reason",
    "started_at",
    "completed_at",
    "failure_reason",
)


def new_action(**fields: Any) -> Record:
    """An action-queue record (the spec's ``EnforcementAction``): `fields`, then empty lifecycle fields."""
    return {**fields, **dict.fromkeys(_LIFECYCLE_FIELDS)}


# -- usage history for simulations -----------------------------------------------------------------

HISTORY_DAYS = 75
BLOCK_HOURS = 4


def usage_history(store: TenantStore, tenant: Tenant, seed: object, epoch: datetime) -> list[Record]:
    """The tenant's usage samples, oldest first (built once, from the seed and the seeding instant)."""
    cached = store.singletons.get("usage_history")
    if cached is not None:
        return list(cached)
    rng = random.Random(f"{seed}:{tenant.id}:enforcement-history")
    epoch = epoch.astimezone(UTC)
    end = epoch.replace(hour=(epoch.hour // BLOCK_HOURS) * BLOCK_HOURS, minute=0, second=0, microsecond=0)
    start = (end - timedelta(days=HISTORY_DAYS)).replace(hour=0)
    scale = spend_scale(tenant)
    samples: list[Record] = []
    blocks = int((end - start) / timedelta(hours=BLOCK_HOURS))

    def event_id() -> str:
        return random_id(rng, "evt_", 14)

    for host in fleet(tenant):
        daily = Decimal(0)
        idle_hours = 0.0
        ident = host.id
        usage = usage_of(host)
        for b in range(blocks):
            at = start + timedelta(hours=BLOCK_HOURS * b)
            if at.hour == 0:
                daily = Decimal(0)
            idle = rng.random() < usage.idle_share
            util = rng.uniform(0.3, 4.5) if idle else min(rng.gauss(usage.busy_util, 12), 99.0)
            idle_hours = idle_hours + BLOCK_HOURS if idle else 0.0
            cost = (host.hourly_usd * BLOCK_HOURS).quantize(CENT)
            daily += cost
            samples.append(
                {
                    "id": event_id(),
                    "at": at + timedelta(minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)),
                    "source": "gpu_agent",
                    "team": host.team,
                    "application": host.application,
                    "model_id": None,
                    "instance_id": ident,
                    "resource_id": ident,
                    "resource_name": host.name,
                    "cost": cost,
                    "metrics": {
                        "daily_spend": float(daily),
                        "hourly_spend": float(host.hourly_usd),
                        "gpu_util_pct": rounded(max(util, 0.0), 1),
                        "idle_gpu_hours": idle_hours,
                    },
                }
            )
    for stream in MODEL_STREAMS:
        daily = Decimal(0)
        price = float(stream.model.blended_per_mtok)
        for b in range(blocks):
            at = start + timedelta(hours=BLOCK_HOURS * b)
            if at.hour == 0:
                daily = Decimal(0)
            diurnal = 0.45 if at.hour in (0, 4) else (1.35 if at.hour in (12, 16) else 1.0)
            weekend = 0.6 if at.weekday() >= 5 else 1.0
            spike = rng.uniform(3.0, 6.5) if rng.random() < 0.03 else 1.0
            hourly = float(stream.hourly_usd * scale) * diurnal * weekend * rng.uniform(0.8, 1.2) * spike
            cost = Decimal(hourly * BLOCK_HOURS).quantize(CENT)
            daily += cost
            token_rate = hourly / 60 / price * 1_000_000
            request_rate = (
                token_rate / stream.tokens_per_request * (rng.uniform(1.5, 3.0) if spike > 1 else 1)
            )
            anomaly = (
                min(0.55 + spike / 10 + rng.uniform(0, 0.1), 0.99) if spike > 1 else rng.uniform(0.02, 0.35)
            )
            samples.append(
                {
                    "id": event_id(),
                    "at": at + timedelta(minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)),
                    "source": stream.source,
                    "team": stream.team,
                    "application": stream.application,
                    "model_id": stream.model_id,
                    "instance_id": None,
                    "resource_id": stream.model_id,
                    "resource_name": stream.application,
                    "cost": cost,
                    "metrics": {
                        "daily_spend": float(daily),
                        "hourly_spend": rounded(hourly),
                        "token_rate": float(round(token_rate)),
                        "request_rate": float(round(request_rate)),
                        "anomaly_score": rounded(anomaly),
                    },
                }
            )
    samples.sort(key=lambda s: (s["at"], s["id"]))
    store.singletons["usage_history"] = samples
    return list(samples)


_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "gt": lambda a, b: a > b,
    "gte": lambda a, b: a >= b,
    "lt": lambda a, b: a < b,
    "lte": lambda a, b: a <= b,
}


def _inscope_of(sample: Record, scope: Record) -> bool:
    checks = (
        ("sources", sample["source"]),
        ("teams", sample["team"]),
        ("applications", sample["application"]),
        ("model_ids", sample["model_id"]),
        ("instance_ids", sample["instance_id"]),
    )
    return all(not scope.get(key) or value in scope[key] for key, value in checks)


def _applies(action: Record, sample: Record) -> bool:
    kind = action["type"]
    if kind in ("stop_instance", "scale_down"):
        return sample["instance_id"] is not None
    if kind == "block_model":
        return bool(sample["model_id"] in action["model_ids"])
    if kind == "route_model":
        return bool(sample["model_id"] == action["from_model_id"])
    if kind in ("throttle", "revoke_key"):
        return sample["model_id"] is not None
    return True  # notify


def _saving(action: Record, sample: Record) -> Decimal:
    cost: Decimal = sample["cost"]
    kind = action["type"]
    if kind in ("stop_instance", "block_model", "revoke_key"):
        return cost
    if kind == "scale_down":
        return cost * Decimal(action["reduce_by_pct"]) / 100
    if kind == "route_model":
        src = blended_price(action["from_model_id"])
        dst = blended_price(action["to_model_id"])
        if not src or dst is None or dst >= src:
            return Decimal(0)
        return cost * Decimal(str(action["traffic_share"])) * Decimal(str(1 - dst / src))
    if kind == "throttle":
        metrics = sample["metrics"]
        ratios = [action["max_requests_per_minute"] / max(metrics["request_rate"], 1.0)]
        if action.get("max_tokens_per_minute"):
            ratios.append(action["max_tokens_per_minute"] / max(metrics["token_rate"], 1.0))
        return cost * Decimal(str(max(0.0, 1 - min(min(ratios), 1.0))))
    return Decimal(0)


_LABELS = {
    "daily_spend": ("daily spend", "USD"),
    "hourly_spend": ("hourly spend", "USD"),
    "token_rate": ("token rate", "tokens/min"),
    "request_rate": ("request rate", "requests/min"),
    "anomaly_score": ("anomaly score", ""),
    "gpu_util_pct": ("GPU utilisation", "%"),
    "idle_gpu_hours": ("idle time", "hours"),
    "budget_burn_pct": ("budget burn", "%"),
    "forecast_overrun": ("forecast overrun", "%"),
}


def simulate(
    definition: Record, samples: list[Record], start: datetime, end: datetime, sample_size: int
) -> Record:
    """What ``definition`` would have done over the samples in ``[start, end)``."""
    scope = definition.get("scope") or {}
    conditions = definition["conditions"]
    logic_all = definition.get("condition_logic", "all") == "all"
    requires_approval = definition.get("requires_approval", True)
    keys = [s["at"] for s in samples]
    window = samples[bisect.bisect_left(keys, start) : bisect.bisect_left(keys, end)]
    in_scope = [s for s in window if _inscope_of(s, scope)]
    needed = [max(1, math.ceil(c["window_minutes"] / (BLOCK_HOURS * 60))) for c in conditions]
    streaks: dict[str, list[int]] = {}
    firing: dict[str, bool] = {}
    matched: list[tuple[Record, int, bool]] = []  # sample, first met condition, starts a trigger
    for sample in in_scope:
        streak = streaks.setdefault(sample["resource_id"], [0] * len(conditions))
        met = []
        for i, c in enumerate(conditions):
            value = sample["metrics"].get(c["metric"])
            ok = value is not None and _COMPARE[c["operator"]](value, threshold_number(c["threshold"]))
            streak[i] = streak[i] + 1 if ok else 0
            met.append(streak[i] >= needed[i])
        hit = all(met) if logic_all else any(met)
        starts = hit and not firing.get(sample["resource_id"], False)
        firing[sample["resource_id"]] = hit
        if hit:
            matched.append((sample, met.index(True), starts))
    matched_cost = sum((s["cost"] for s, _, _ in matched), Decimal(0))
    by_type: dict[str, Record] = {}
    for action in definition["actions"]:
        entry = by_type.setdefault(
            action["type"], {"count": 0, "targets": set(), "savings": Decimal(0), "type": action["type"]}
        )
        for sample, _, starts in matched:
            if _applies(action, sample):
                entry["count"] += int(starts)
                entry["targets"].add(sample["resource_id"])
                entry["savings"] += _saving(action, sample)
    total = sum((e["savings"] for e in by_type.values()), Decimal(0))
    samples_out = []
    for sample, index, _ in matched[:sample_size]:
        c = conditions[index]
        label, unit = _LABELS[c["metric"]]
        value = sample["metrics"][c["metric"]]
        samples_out.append(
            {
                "event_id": sample["id"],
                "occurred_at": iso(sample["at"]),
                "source": sample["source"],
                "resource_id": sample["resource_id"],
                "description": f"{sample['resource_name']} ({sample['team']}): {label} {value:g}{' ' + unit if unit else ''} "
                f"{OPERATOR_SIGNS[c['operator']]} {threshold_number(c['threshold']):g}",
                "metric": c["metric"],
                "observed_value": value,
                "cost": money(sample["cost"]),
            }
        )
    return {
        "window": {"start": iso(start), "end": iso(end)},
        "evaluated_events": len(in_scope),
        "matched_events": len(matched),
        "matched_cost": money(matched_cost),
        "sample_matches": samples_out,
        "actions": [
            {
                "type": e["type"],
                "count": e["count"],
                "targets": len(e["targets"]),
                "would_require_approval": bool(requires_approval) and e["type"] != "notify",
                "estimated_savings": money(e["savings"]),
            }
            for e in by_type.values()
        ],
        "estimated_savings": money(min(total, matched_cost)),
    }


# -- policies and the action queue -----------------------------------------------------------------


def new_policy(body: Record, ident: str, author: str, now: datetime, **fields: Any) -> Record:
    """A policy record named and described by ``body``; a policy created disabled resumes in
    ``resume_mode`` (``dry_run`` unless given) when it is switched on."""
    at = iso(now)
    mode = fields.pop("mode")
    resume = fields.pop("resume_mode", "dry_run")
    return {
        "id": ident,
        "name": body["name"],
        "description": body.get("description"),
        "mode": mode,
        "enabled": mode != "disabled",
        "resume_mode": mode if mode != "disabled" else resume,
        **fields,
        "created_by": author,
        "created_at": at,
        "updated_at": at,
        "last_triggered_at": None,
    }


def check_unique(policies: Collection, name: str) -> None:
    """409 when a policy of that name exists already."""
    existing = next((p for p in policies if p["name"] == name), None)
    if existing is not None:
        raise conflict("DUPLICATE", f"An enforcement policy named {name!r} exists already ({existing['id']})")


def check_conditions(conditions: list[Record], field: str) -> None:
    check_thresholds(
        [(f"{field}.{i}.threshold", c["metric"], c["threshold"]) for i, c in enumerate(conditions)]
    )


def check_template_parameters(template_id: str, params: Record) -> None:
    """400 with the schema's findings when ``params`` do not fit the template."""
    problems = details_of(TEMPLATE_VALIDATORS[template_id], params, "body", ["parameters"])
    if problems:
        raise validation_error(problems)


def toggle(policy: Record, wanted: bool | None, now: datetime) -> None:
    """Switch a policy on (back to its ``resume_mode``) or off; ``None`` flips it."""
    enabled = not policy["enabled"] if wanted is None else bool(wanted)
    if policy["enabled"] != enabled:
        if enabled:
            policy["mode"] = policy["resume_mode"]
        else:
            policy["resume_mode"] = policy["mode"]
            policy["mode"] = "disabled"
        policy["enabled"] = enabled
        policy["updated_at"] = iso(now)


def queue(store: TenantStore, now: datetime) -> Collection:
    """The action queue, after moving pending actions whose approval window has passed to ``expired``."""
    actions = store.collection("enforcement_actions", kind="enforcement action")
    at = iso(now)
    for action in actions:
        if action["status"] == "pending_approval" and action["expires_at"] and action["expires_at"] <= at:
            action["status"] = "expired"
    return actions


def require_status(action: Record, allowed: tuple[str, ...], verb: str) -> None:
    """409 unless the action is in one of the ``allowed`` states."""
    if action["status"] not in allowed:
        raise conflict(
            "INVALID_STATE_TRANSITION",
            f"Action {action['id']} is {action['status']}; only an action that is "
            f"{' or '.join(allowed)} can be {verb}",
        )


def has_action_queue(store: TenantStore) -> bool:
    """Whether the tenant has an action queue (enforcement is seeded), for the services that ask for actions."""
    return store.collections.get("enforcement_actions") is not None


def queue_requested_action(event: ActionRequested) -> None:
    """Subscriber: another service (cost, accepting a recommendation) asks for an entry in the queue."""
    event.store.collection("enforcement_actions", kind="enforcement action").add(new_action(**event.fields))
