"""enforcement: policies (dry_run | enforce | disabled), templates, simulation and the action queue.

Collections:

- ``enforcement_policies``: records shaped like the spec's ``EnforcementPolicy``.
- ``policy_templates``: the pre-built templates (the same ids in every tenant), each with a JSON Schema
  for its parameters; ``TEMPLATE_BUILDERS`` turns valid parameters into a policy definition.
- ``enforcement_actions``: the action queue (``EnforcementAction``). A ``pending_approval`` action whose
  ``expires_at`` has passed on the mock clock turns ``expired`` the next time the queue is read or
  changed.
- ``usage_history`` (built on the first simulation, from the tenant's seed): one usage sample per
  resource and 4-hour block over the last ``HISTORY_DAYS`` days, for the watched GPU hosts of the
  tenant's fleet (``fleet(tenant)``) and the inference streams of ``MODEL_STREAMS``: cost, running daily and hourly spend, token and request
  rates, anomaly score, GPU utilisation and consecutive idle hours. ``enforcement_simulate_policy``
  evaluates a definition against these samples, so its counts, costs and savings all come from them.

Both come from the world (``world/fleet.toml``, ``world/models.toml``) and are also the subjects of the
seeded alerts (``alert.py``), so alerts, queued actions and simulations name the same instances (which
``GET /v1/gpu/instances/{id}`` serves), applications and models.
"""

from __future__ import annotations

import bisect
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import jsonschema_rs

from tensorcost_mock.domain.refs import CHANNEL_NAMES, ref_id, stable_id
from tensorcost_mock.errors import conflict, validation_error
from tensorcost_mock.fixtures import ACME, WORLD, Instance, Tenant, seed_users, seeder
from tensorcost_mock.handlers import (
    HandlerContext,
    Reply,
    check_thresholds,
    handler,
    threshold_number,
    threshold_of,
)
from tensorcost_mock.spec.validation import details_of
from tensorcost_mock.state import CENT, Collection, Record, TenantStore, iso, money, parse_time, random_id
from tensorcost_mock.world import Usage

# -- the tenant's resources ------------------------------------------------------------------------

#: The inference streams alert rules and policies watch (``world/models.toml``), in every tenant.
MODEL_STREAMS = WORLD.model_streams


def fleet(tenant: Tenant) -> tuple[Instance, ...]:
    """The tenant's GPU hosts that alert rules watch and policies simulate on: the instances of its
    fleet (``world/fleet.toml``) with a ``usage`` profile."""
    return WORLD.watched(tenant.id)


def _usage(host: Instance) -> Usage:
    assert host.usage is not None  # fleet() returns only instances with a usage profile
    return host.usage


def gpus_label(host: Instance) -> str:
    """``8x H100``: how many GPUs of which kind an instance has."""
    return f"{host.type.gpu_count}x {host.type.gpu_type.split('-')[0]}"


def blended_price(model_id: str) -> float | None:
    """USD per 1M tokens of a model of the world's price table (80% input, 20% output)."""
    model = WORLD.models.get(model_id)
    return None if model is None else float(model.blended_per_mtok)


def spend_scale(tenant: Tenant) -> Decimal:
    return Decimal(3) if tenant.tier == "enterprise" else Decimal(1)


def instance_id(tenant: Tenant, name: str) -> str:
    """The id of the tenant's instance called ``name`` (the one ``GET /v1/gpu/instances/{id}`` serves)."""
    return WORLD.instance_named(tenant.id, name).id


def emails_by_role(tenant: Tenant) -> dict[str, str]:
    """``lead`` (admin or owner), ``owner``, ``analyst``, ``engineer``: seeded users of the tenant."""
    members = {role: u.email for u in seed_users() for t, role in u.memberships.items() if t == tenant.id}
    lead = members.get("admin") or members["owner"]
    return {
        "lead": lead,
        "owner": members.get("owner", lead),
        "analyst": members.get("finops_analyst", lead),
        "engineer": members.get("engineer", lead),
    }


def _r(value: float, places: int = 2) -> float:
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
_DEFAULT_CHANNEL = {"tpl_AnomalyRevoke06": "platform_pd", "tpl_ForecastNotify07": "finops_slack"}

_TEMPLATE_VALIDATORS = {
    t["id"]: jsonschema_rs.Draft202012Validator(t["parameters_schema"], validate_formats=True)
    for t in TEMPLATES
}


def _scope(**lists: list[str]) -> Record:
    keys = ("sources", "teams", "applications", "model_ids", "instance_ids")
    return {k: list(lists.get(k) or []) for k in keys}


def _notify(p: Record) -> list[Record]:
    return [{"type": "notify", "channel_ids": list(p["channel_ids"])}] if p.get("channel_ids") else []


def _cond(metric: str, operator: str, threshold: float, window: int) -> Record:
    return {
        "metric": metric,
        "operator": operator,
        "threshold": threshold_of(metric, threshold),
        "window_minutes": window,
    }


#: template id -> parameters -> (scope, conditions, actions, approval_timeout_minutes, cooldown_minutes)
TEMPLATE_BUILDERS: dict[str, Callable[[Record], tuple[Record, list[Record], list[Record], int, int]]] = {
    "tpl_IdleGpuStop01": lambda p: (
        _scope(sources=["gpu_agent"], teams=p["teams"]),
        [_cond("idle_gpu_hours", "gte", p["idle_hours"], 15)],
        [*_notify(p), {"type": "stop_instance", "grace_period_minutes": p["grace_period_minutes"]}],
        120,
        240,
    ),
    "tpl_TokenBudgetCap02": lambda p: (
        _scope(applications=p["applications"], model_ids=p["model_ids"]),
        [_cond("daily_spend", "gt", p["daily_cap_usd"], 5)],
        [*_notify(p), {"type": "block_model", "model_ids": list(p["model_ids"]), "duration_minutes": None}],
        60,
        1440,
    ),
    "tpl_AgentThrottle03": lambda p: (
        _scope(sources=["anthropic_api", "openai_api"], applications=p["applications"]),
        [_cond("token_rate", "gt", p["token_rate_limit"], 10)],
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
        _scope(applications=p["applications"], model_ids=[p["from_model_id"]]),
        [_cond("daily_spend", "gt", p["daily_spend_usd"], 5)],
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
        _scope(sources=["gpu_agent"], teams=p["teams"]),
        [_cond("gpu_util_pct", "lt", p["max_gpu_util_pct"], 60)],
        [{"type": "scale_down", "reduce_by_pct": p["reduce_by_pct"], "min_instances": p["min_instances"]}],
        120,
        360,
    ),
    "tpl_AnomalyRevoke06": lambda p: (
        _scope(sources=["anthropic_api", "openai_api"]),
        [
            _cond("anomaly_score", "gte", p["min_anomaly_score"], 15),
            _cond("request_rate", "gt", p["min_requests_per_minute"], 15),
        ],
        [*_notify(p), {"type": "revoke_key", "key_ids": []}],
        60,
        1440,
    ),
    "tpl_ForecastNotify07": lambda p: (
        _scope(teams=p["teams"]),
        [_cond("daily_spend", "gt", p["daily_plan_usd"], 5)],
        _notify(p),
        120,
        1440,
    ),
}


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
    s = float(spend_scale(tenant))
    ch = {key: ref_id(tenant, "chn_", "channel", key) for key in CHANNEL_NAMES}
    sonnet = "anthropic.claude-3-5-sonnet-20241022-v2:0"
    haiku = "anthropic.claude-3-5-haiku-20241022-v1:0"
    return [
        PolicySeed(
            "idle_ml", "Stop idle ML-platform GPUs",
            "Stop ml-platform GPU instances idle for 4 hours, after approval.",
            "enforce", "enforce", "tpl_IdleGpuStop01",
            _scope(sources=["gpu_agent"], teams=["ml-platform"]),
            [_cond("idle_gpu_hours", "gte", 4, 15)],
            [{"type": "notify", "channel_ids": [ch["finops_slack"]]},
             {"type": "stop_instance", "grace_period_minutes": 15}],
            True, 120, 240, "analyst", 38,
        ),
        PolicySeed(
            "route_support", "Route support copilot to Haiku over budget",
            f"When support-copilot's daily Bedrock spend passes {300 * s:g} USD, send half of the Sonnet "
            "traffic to Haiku.",
            "dry_run", "dry_run", None,
            _scope(sources=["bedrock"], teams=["customer-success"], applications=["support-copilot"]),
            [_cond("daily_spend", "gt", 300 * s, 5)],
            [{"type": "route_model", "from_model_id": sonnet, "to_model_id": haiku, "traffic_share": 0.5,
              "duration_minutes": None}],
            False, 60, 1440, "lead", 6,
        ),
        PolicySeed(
            "throttle_review", "Throttle the code-review agent on token runaways",
            "Cap code-review-agent when its token rate stays above 60k tokens/min for 10 minutes.",
            "enforce", "enforce", "tpl_AgentThrottle03",
            _scope(sources=["anthropic_api"], applications=["code-review-agent"]),
            [_cond("token_rate", "gt", 60000 * s, 10)],
            [{"type": "throttle", "max_requests_per_minute": 20, "max_tokens_per_minute": int(40000 * s),
              "duration_minutes": 60}],
            False, 30, 60, "engineer", 52,
        ),
        PolicySeed(
            "block_gpt4o_legal", "Block GPT-4o past the legal-ops daily cap",
            f"Block gpt-4o for doc-summarizer for the rest of the UTC day after {200 * s:g} USD.",
            "enforce", "enforce", "tpl_TokenBudgetCap02",
            _scope(applications=["doc-summarizer"], model_ids=["gpt-4o-2024-08-06"]),
            [_cond("daily_spend", "gt", 200 * s, 5)],
            [{"type": "notify", "channel_ids": [ch["eng_email"]]},
             {"type": "block_model", "model_ids": ["gpt-4o-2024-08-06"], "duration_minutes": None}],
            True, 60, 1440, "analyst", 71,
        ),
        PolicySeed(
            "scale_embed", "Scale down the embeddings pool when idle",
            "Halve the batch-embeddings GPU pool when it averages under 15% utilisation for an hour.",
            "dry_run", "dry_run", "tpl_GpuScaleDown05",
            _scope(sources=["gpu_agent"], teams=["search"]),
            [_cond("gpu_util_pct", "lt", 15, 60)],
            [{"type": "scale_down", "reduce_by_pct": 50, "min_instances": 1}],
            True, 120, 360, "engineer", 24,
        ),
        PolicySeed(
            "revoke_anomaly", "Revoke agent keys on runaway anomalies",
            "Revoke the agent credentials behind a spend anomaly with more than 900 requests/min.",
            "enforce", "enforce", "tpl_AnomalyRevoke06",
            _scope(sources=["anthropic_api", "openai_api"]),
            [_cond("anomaly_score", "gte", 0.95, 15), _cond("request_rate", "gt", 900, 15)],
            [{"type": "notify", "channel_ids": [ch["platform_pd"]]}, {"type": "revoke_key", "key_ids": []}],
            True, 60, 1440, "owner", 90,
        ),
        PolicySeed(
            "notify_triage", "Warn SRE when ops-triage spend runs over plan",
            f"Tell the SRE channel when ops-triage-agent spends more than {60 * s:g} USD in a UTC day.",
            "dry_run", "dry_run", "tpl_ForecastNotify07",
            _scope(teams=["sre"], applications=["ops-triage-agent"]),
            [_cond("daily_spend", "gt", 60 * s, 5)],
            [{"type": "notify", "channel_ids": [ch["gpu_slack"]]}],
            False, 120, 1440, "analyst", 15,
        ),
        PolicySeed(
            "stop_research", "Stop research sandbox GPUs overnight",
            "Stop research-sandbox instances idle for 2 hours. Paused while the research team runs "
            "overnight sweeps.",
            "disabled", "enforce", "tpl_IdleGpuStop01",
            _scope(sources=["gpu_agent"], teams=["research"]),
            [_cond("idle_gpu_hours", "gte", 2, 15)],
            [{"type": "stop_instance", "grace_period_minutes": 30}],
            True, 240, 240, "lead", 120,
        ),
        PolicySeed(
            "route_triage", "Route ops-triage to GPT-4o mini on hourly spikes",
            "Send all ops-triage-agent gpt-4o traffic to gpt-4o-mini during hourly spend spikes.",
            "disabled", "dry_run", None,
            _scope(applications=["ops-triage-agent"], model_ids=["gpt-4o-2024-08-06"]),
            [_cond("hourly_spend", "gt", 6 * s, 5)],
            [{"type": "route_model", "from_model_id": "gpt-4o-2024-08-06",
              "to_model_id": "gpt-4o-mini-2024-07-18", "traffic_share": 1.0, "duration_minutes": 120}],
            False, 60, 120, "engineer", 44,
        ),
    ]  # fmt: skip


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
        key = stable_id("key_", tenant.id, stream.application)
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
        return _r(threshold * rng.uniform(0.1, 0.8), 1)
    value = threshold * rng.uniform(1.03, 1.6)
    if condition["metric"] == "anomaly_score":
        return _r(min(value, 0.99), 2)
    if condition["metric"] in ("token_rate", "request_rate"):
        return float(round(value))
    return _r(value, 2 if "spend" in condition["metric"] else 1)


_OPS = {"gt": ">", "gte": ">=", "lt": "<", "lte": "<="}


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
    plan += [
        (
            rng.choice([p for p in active if p.requires_approval]),
            "approved",
            timedelta(minutes=rng.randint(20, 90)),
        ),
        (rng.choice(active), "executing", timedelta(minutes=rng.randint(1, 4))),
    ]
    history_states = ["succeeded"] * 18 + ["failed"] * 4 + ["cancelled"] * 5 + ["expired"] * 5
    for state in history_states:
        candidates = [p for p in queued if p.requires_approval] if state == "expired" else queued
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
            reason=f"{subject}: {condition['metric']} {observed:g} {_OPS[condition['operator']]} "
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


# -- usage history for simulations -----------------------------------------------------------------

HISTORY_DAYS = 75
BLOCK_HOURS = 4


def _history(ctx: HandlerContext) -> list[Record]:
    """The tenant's usage samples, oldest first (built once, from the seed and the seeding instant)."""
    cached = ctx.store.singletons.get("usage_history")
    if cached is not None:
        return list(cached)
    tenant = ctx.principal.tenant if ctx.principal else ACME
    rng = random.Random(f"{ctx.runtime.settings.seed}:{tenant.id}:enforcement-history")
    epoch = ctx.runtime.epoch.astimezone(UTC)
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
        usage = _usage(host)
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
                        "gpu_util_pct": _r(max(util, 0.0), 1),
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
                        "hourly_spend": _r(hourly),
                        "token_rate": float(round(token_rate)),
                        "request_rate": float(round(request_rate)),
                        "anomaly_score": _r(anomaly),
                    },
                }
            )
    samples.sort(key=lambda s: (s["at"], s["id"]))
    ctx.store.singletons["usage_history"] = samples
    return list(samples)


_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "gt": lambda a, b: a > b,
    "gte": lambda a, b: a >= b,
    "lt": lambda a, b: a < b,
    "lte": lambda a, b: a <= b,
}


def _in_scope(sample: Record, scope: Record) -> bool:
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
    in_scope = [s for s in window if _in_scope(s, scope)]
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
                f"{_OPS[c['operator']]} {threshold_number(c['threshold']):g}",
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


# -- handlers --------------------------------------------------------------------------------------


def _policies(ctx: HandlerContext) -> Collection:
    return ctx.store.collection("enforcement_policies", kind="enforcement policy")


def _check_unique(ctx: HandlerContext, name: str) -> None:
    existing = next((p for p in _policies(ctx) if p["name"] == name), None)
    if existing is not None:
        raise conflict("DUPLICATE", f"An enforcement policy named {name!r} exists already ({existing['id']})")


def _new_policy(ctx: HandlerContext, body: Record, **fields: Any) -> Record:
    now = iso(ctx.now)
    mode = fields.pop("mode")
    resume = fields.pop("resume_mode", "dry_run")  # what a policy created disabled is switched on to
    return {
        "id": ctx.store.new_id("pol_"),
        "name": body["name"],
        "description": body.get("description"),
        "mode": mode,
        "enabled": mode != "disabled",
        "resume_mode": mode if mode != "disabled" else resume,
        **fields,
        "created_by": ctx.principal.user.email if ctx.principal else "system@tensorcost.com",
        "created_at": now,
        "updated_at": now,
        "last_triggered_at": None,
    }


def _check_conditions(conditions: list[Record], field: str) -> None:
    check_thresholds(
        [(f"{field}.{i}.threshold", c["metric"], c["threshold"]) for i, c in enumerate(conditions)]
    )


@handler("enforcement_list_policies")
def list_policies(ctx: HandlerContext) -> Reply:
    items = _policies(ctx).filter(mode=ctx.query.get("mode"))
    return ctx.ok(sorted(items, key=lambda p: (p["name"].lower(), p["id"])))


@handler("enforcement_create_policy")
def create_policy(ctx: HandlerContext) -> Reply:
    body = ctx.body
    _check_conditions(body["conditions"], "conditions")
    _check_unique(ctx, body["name"])
    record = _new_policy(
        ctx,
        body,
        mode=body.get("mode", "dry_run"),
        template_id=None,
        scope=_scope(**(body.get("scope") or {})),
        conditions=body["conditions"],
        condition_logic=body.get("condition_logic", "all"),
        actions=body["actions"],
        requires_approval=body.get("requires_approval", True),
        approval_timeout_minutes=body.get("approval_timeout_minutes", 120),
        cooldown_minutes=body.get("cooldown_minutes", 60),
    )
    return ctx.created(_policies(ctx).add(record))


@handler("enforcement_list_templates")
def list_templates(ctx: HandlerContext) -> Reply:
    return ctx.ok(list(ctx.store.collection("policy_templates", kind="policy template")))


@handler("enforcement_create_policy_from_template")
def create_policy_from_template(ctx: HandlerContext) -> Reply:
    template = ctx.store.collection("policy_templates", kind="policy template").require(
        ctx.path["templateId"]
    )
    body = ctx.body
    params = body["parameters"]
    problems = details_of(_TEMPLATE_VALIDATORS[template["id"]], params, "body", ["parameters"])
    if problems:
        raise validation_error(problems)
    _check_unique(ctx, body["name"])
    merged = {**template["default_parameters"], **params}
    scope, conditions, actions, timeout, cooldown = TEMPLATE_BUILDERS[template["id"]](merged)
    record = _new_policy(
        ctx,
        {"name": body["name"], "description": body.get("description") or template["description"]},
        mode=body.get("mode", template["default_mode"]),
        resume_mode=template["default_mode"] if template["default_mode"] != "disabled" else "dry_run",
        template_id=template["id"],
        scope=scope,
        conditions=conditions,
        condition_logic="all",
        actions=actions,
        requires_approval=template["requires_approval"],
        approval_timeout_minutes=timeout,
        cooldown_minutes=cooldown,
    )
    return ctx.created(_policies(ctx).add(record))


@handler("enforcement_simulate_policy")
def simulate_policy(ctx: HandlerContext) -> Reply:
    body = ctx.body
    start, end = parse_time(body["window"]["start"]), parse_time(body["window"]["end"])
    if start >= end:
        raise validation_error(
            [{"location": "body", "field": "window.end", "message": "must be after start"}]
        )
    _check_conditions(body["policy"]["conditions"], "policy.conditions")
    return ctx.ok(simulate(body["policy"], _history(ctx), start, end, int(body.get("sample_size", 10))))


@handler("enforcement_toggle_policy")
def toggle_policy(ctx: HandlerContext) -> Reply:
    policy = _policies(ctx).require(ctx.path["id"])
    wanted = (ctx.body or {}).get("enabled")
    enabled = not policy["enabled"] if wanted is None else bool(wanted)  # no body: flip
    if policy["enabled"] != enabled:
        if enabled:
            policy["mode"] = policy["resume_mode"]
        else:
            policy["resume_mode"] = policy["mode"]
            policy["mode"] = "disabled"
        policy["enabled"] = enabled
        policy["updated_at"] = iso(ctx.now)
    return ctx.ok(policy)


def _queue(ctx: HandlerContext) -> Collection:
    """The action queue, after moving pending actions whose approval window has passed to ``expired``."""
    actions = ctx.store.collection("enforcement_actions", kind="enforcement action")
    now = iso(ctx.now)
    for action in actions:
        if action["status"] == "pending_approval" and action["expires_at"] and action["expires_at"] <= now:
            action["status"] = "expired"
    return actions


@handler("enforcement_list_actions")
def list_actions(ctx: HandlerContext) -> Reply:
    items = _queue(ctx).filter(status=ctx.query.get("status"))
    items.sort(key=lambda a: (a["requested_at"], a["id"]), reverse=True)
    return ctx.page(items)


def _transition(ctx: HandlerContext, allowed: tuple[str, ...], verb: str) -> Record:
    action: Record = _queue(ctx).require(ctx.path["id"])
    if action["status"] not in allowed:
        raise conflict(
            "INVALID_STATE_TRANSITION",
            f"Action {action['id']} is {action['status']}; only an action that is "
            f"{' or '.join(allowed)} can be {verb}",
        )
    return action


@handler("enforcement_approve_action")
def approve_action(ctx: HandlerContext) -> Reply:
    action = _transition(ctx, ("pending_approval",), "approved")
    action["status"] = "approved"
    action["approved_by"] = ctx.principal.user.email if ctx.principal else None
    action["approved_at"] = iso(ctx.now)
    action["approval_comment"] = (ctx.body or {}).get("comment")
    return ctx.ok(action)


@handler("enforcement_cancel_action")
def cancel_action(ctx: HandlerContext) -> Reply:
    action = _transition(ctx, ("pending_approval", "approved"), "cancelled")
    action["status"] = "cancelled"
    action["cancelled_by"] = ctx.principal.user.email if ctx.principal else None
    action["cancelled_at"] = iso(ctx.now)
    action["cancel_reason"] = (ctx.body or {}).get("reason")
    return ctx.ok(action)
