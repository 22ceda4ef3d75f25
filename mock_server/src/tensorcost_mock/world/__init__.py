"""The seeded world as data: TOML files read into typed, frozen records.

``seeded.toml`` holds the tenants and users, ``fleet.toml`` the instance types and every tenant's
GPU fleet, ``models.toml`` the model price table and the inference streams alerts and policies
watch, ``channels.toml`` the notification channels, ``budgets.toml``, ``escalation_policies.toml``,
``alert_rules.toml``, ``enforcement_policies.toml`` and ``connections.toml`` the budgets, escalation
policies, alert rules, enforcement policies and integration connections, ``traffic.toml`` each tenant's AI traffic streams and seeded
anomalies (bursts on a stream) and ``recommendations.toml`` each tenant's recommendations of
earlier recommender runs; ``fixed_ids.toml`` the spec examples' ids Acme's seeded records have.
A user's world (``tensorcost-mock --world FILE``) is one file with the
same tables. A file that does not fit gets a :class:`WorldError` naming the file, the line and the
entry.

Conventions, the same in every file: ids are a prefix and letters or digits (``gpu_8Fh3kQ2mZx7P``);
times are hours before the seed clock (``launched_hours_ago``); money is a decimal string of USD
(``hourly_usd = "55.04"``), read as :class:`~decimal.Decimal`.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import os
import re
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from .vocabulary import enum

TIERS = ("standard", "enterprise")
ROLES = enum("Role")
PROVIDERS = ("aws", "azure", "gcp", "onprem")
#: The GPUs whose metrics the mock can simulate (domain/gpu.py has their specs).
GPU_TYPES = ("H100-80GB", "A100-80GB", "A100-40GB", "L40S-48GB", "L4-24GB", "A10G-24GB", "T4-16GB")
INSTANCE_STATES = ("running", "stopped", "terminated", "pending")
WORKLOADS = ("train", "infer", "batch", "dev", "low")
AGENT_HEALTH = ("connected", "degraded", "silent")
SOURCES = enum("Source")
CHANNEL_TYPES = enum("NotificationChannelType")
#: The daily shapes of AI traffic (domain/ai.py has their hour-by-hour weights).
TRAFFIC_HOURS = ("office", "flat", "night")
CACHE_TTLS = enum("AiCacheTtl")
#: The kinds and severities of AI anomalies (the spec's AiAnomalyType and AlertSeverity).
ANOMALY_TYPES = enum("AiAnomalyType")
SEVERITIES = enum("AlertSeverity")
#: The attribution fields an anomaly's scope may name (the fields of the spec's AiAnomalyScope).
ANOMALY_SCOPE = ("source", "model_id", "application", "team", "agent_id", "workflow_id")
#: What an alert rule measures (the spec's MonitoredMetric) and how it compares (ThresholdOperator).
ALERT_METRICS = enum("MonitoredMetric")
OPERATORS = enum("ThresholdOperator")
#: The types of the alerts a rule fires (the spec's AlertType, less the platform's own).
RULE_ALERT_TYPES = (
    "spend_threshold",
    "budget_threshold",
    "forecast_overrun",
    "cost_anomaly",
    "idle_gpu",
    "token_rate",
)
#: What an alert rule's scope may name; ``budget`` is the key of a budget of the world.
RULE_SCOPE = ("source", "team", "application", "model_id", "instance_id", "budget")
#: What an escalation policy's level targets: an on-call schedule (by name), a seeded user of the tenant
#: (``RULE_AUTHORS``) or a channel (by key).
ESCALATION_TARGETS = enum("EscalationTargetType")
#: An enforcement policy's modes (the spec's PolicyMode), its actions (EnforcementActionType) and scope.
POLICY_MODES = enum("PolicyMode")
ACTION_TYPES = enum("EnforcementActionType")
POLICY_SCOPE = ("sources", "teams", "applications", "model_ids", "instance_ids")
#: The actions whose ``duration_minutes`` is null when a policy leaves it out (until undone).
TIMED_ACTIONS = ("throttle", "block_model", "route_model")
#: Who created a seeded rule or policy (and the seeded users an escalation policy may page): a seeded user of the tenant (an admin or the owner, the owner, the
#: FinOps analyst, an engineer).
RULE_AUTHORS = ("lead", "owner", "analyst", "engineer")
#: The recommenders (the spec's RecommendationType).
RECOMMENDATION_TYPES = enum("RecommendationType")
#: How an earlier recommendation ended: ``reversed`` was accepted, then undone.
PAST_STATUSES = ("accepted", "implemented", "dismissed", "expired", "reversed")
#: The files of the world the mock ships with, in the order they are merged.
SEEDED_FILES = (
    "seeded.toml",
    "fleet.toml",
    "models.toml",
    "channels.toml",
    "budgets.toml",
    "escalation_policies.toml",
    "alert_rules.toml",
    "enforcement_policies.toml",
    "connections.toml",
    "traffic.toml",
    "recommendations.toml",
    "fixed_ids.toml",
)
#: The kinds of seeded records a world may give a fixed id (``[[fixed_ids]]``), with their id prefix.
FIXED_ID_KINDS = {
    "escalation": "esc_",
    "rule": "rul_",
    "alert": "alr_",
    "incident": "inc_",
    "policy": "pol_",
    "action": "act_",
}
#: Integration providers and the auth method each takes.
CONNECTION_METHODS = {
    "aws": "aws_assume_role",
    "bedrock": "aws_assume_role",
    "azure": "azure_service_principal",
    "azure_openai": "azure_service_principal",
    "gcp": "gcp_service_account",
    "openai": "api_key",
    "anthropic": "api_key",
    "gpu_agent": "agent_credential",
}
TIME_UNITS = enum("BudgetTimeUnit")
_ID = re.compile(r"^[a-z]{2,4}_[A-Za-z0-9]{10,32}$")


_B62 = string.ascii_letters + string.digits


def derived_id(prefix: str, *parts: object, length: int = 14, alphabet: str = _B62) -> str:
    """The one derived id scheme, for a record the world does not give an id: a prefix and ``length``
    characters of ``alphabet`` (letters, then digits) derived from ``parts`` (e.g. the tenant id, the
    kind and the key), the same on every run and in every seed."""
    number = int.from_bytes(hashlib.sha256(":".join(map(str, parts)).encode()).digest(), "big")
    chars = []
    for _ in range(length):
        number, rest = divmod(number, len(alphabet))
        chars.append(alphabet[rest])
    return prefix + "".join(chars)


class WorldError(ValueError):
    """A world file that does not fit the format (the message names the file, line and entry)."""


@dataclass(frozen=True)
class Tenant:
    id: str
    name: str
    slug: str
    tier: str  # standard | enterprise


@dataclass
class User:
    id: int
    email: str
    name: str
    password: str
    #: tenant id -> role (owner, admin, finops_analyst, engineer, viewer)
    memberships: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class InstanceType:
    name: str
    provider: str
    gpu_type: str
    gpu_count: int
    hourly_usd: Decimal


@dataclass(frozen=True)
class Usage:
    """How an instance is used, for the alert rules and the policy simulations."""

    busy_util: float  # typical GPU utilisation when in use, percent
    idle_share: float  # share of 4-hour blocks spent idle


@dataclass(frozen=True)
class Instance:
    """One GPU instance of a tenant's fleet."""

    tenant_id: str
    id: str
    name: str
    type: InstanceType
    region: str
    state: str
    workload: str
    launched_hours_ago: float
    tags: Mapping[str, str]
    hostname: str
    agent_id: str | None = None
    agent: str = "connected"  # connected | degraded | silent (stopped reporting)
    idle_hours_ago: float | None = None
    mig_gpus: tuple[int, ...] = ()
    usage: Usage | None = None

    @property
    def team(self) -> str:
        return self.tags.get("team", "")

    @property
    def application(self) -> str:
        return self.tags.get("application", "")

    @property
    def hourly_usd(self) -> Decimal:
        return self.type.hourly_usd


@dataclass(frozen=True)
class Model:
    """List prices of one model, USD per 1M tokens, and its speed (ms per output token)."""

    id: str
    input: Decimal
    output: Decimal
    cache_read: Decimal
    cache_write_5m: Decimal
    cache_write_1h: Decimal
    ms_per_output_token: int

    @property
    def blended_per_mtok(self) -> Decimal:
        """USD per 1M tokens at 80% input and 20% output."""
        return self.input * Decimal("0.8") + self.output * Decimal("0.2")


@dataclass(frozen=True)
class ModelStream:
    """An inference stream the alert rules and policies watch (an enterprise tenant spends 3x)."""

    application: str
    team: str
    source: str
    model: Model
    hourly_usd: Decimal
    tokens_per_request: int

    @property
    def model_id(self) -> str:
        return self.model.id


@dataclass(frozen=True)
class TrafficStream:
    """One stream of a tenant's AI traffic (one source, model and attribution). Token ranges are per
    request: (low, high)."""

    source: str
    model: str
    region: str | None
    application: str | None
    team: str | None
    environment: str | None
    owner: str | None
    agent: str | None
    workflow: str | None
    rate: float  # request-level: events per weekday; aggregated: requests per hour at peak
    bucket_hours: int  # 0: one event per request; else one aggregated record per bucket
    hours: str  # office | flat | night
    inp: tuple[int, int]
    out: tuple[int, int]
    cache_read: tuple[int, int] = (0, 0)
    cache_write: tuple[int, int] = (0, 0)
    write_share: float = 0.0  # request-level: share of requests that write the cache
    ttl: str | None = None  # prompt-cache TTL the app uses (Anthropic models)
    prefix: int = 0  # stable prompt prefix the recommender found (tokens)
    reuse: float = 0.0  # expected cache reads per write at the recommended TTL
    active: float = 1.0  # share of days with traffic (bursty batch jobs)
    key: str | None = None  # how the tenant's seeded anomalies name the stream


@dataclass(frozen=True)
class SeededAnomaly:
    """A burst of extra traffic on one of a tenant's streams (named by its ``key``) before the seeding;
    the anomaly's costs and rates are then measured on the events."""

    id: str
    type: str  # runaway_loop | cost_spike | retry_storm
    severity: str  # critical | error | warning | info
    stream: str  # the key of the tenant's traffic stream: the scope's values are its attribution
    scope: tuple[str, ...]  # the scope fields that are set, e.g. ("source", "model_id", "application")
    hours_ago: float  # window start, before the seed clock
    minutes: int
    rpm: float  # extra requests per minute in the window
    token_mult: float
    throttle: float  # share of the burst's requests that were throttled
    error: float  # share that failed
    repeat: float | None  # repeat-prompt ratio (from prompt hashes, which events do not carry)
    title: str
    ack_after: int | None = None  # minutes after detection
    resolve_after: int | None = None


@dataclass(frozen=True)
class PastRecommendation:
    """A recommendation of an earlier recommender run about one application's spend on one source,
    already decided (or expired) at the seeding; ``id`` None: drawn from the seed."""

    key: str
    id: str | None
    type: str
    status: str  # accepted | implemented | dismissed | expired | reversed (accepted, then undone)
    application: str
    source: str
    rate: float  # share of the application's spend on that source the change saves
    days_ago: int  # produced this many days before the seeding
    decided_after: int  # days from production to the decision
    title: str
    description: str
    confidence: float
    dismissal: tuple[str, str | None] | None = None  # (reason, comment)


@dataclass(frozen=True)
class Channel:
    """A notification channel every tenant has; ``ids`` names fixed ids per tenant id."""

    key: str
    type: str
    name: str
    description: str | None
    enabled: bool
    age_days: int
    config: Mapping[str, Any]
    ids: Mapping[str, str]


@dataclass(frozen=True)
class Budget:
    """A budget every tenant has, with the same limit in each."""

    key: str
    parent: str | None
    name: str
    limit_usd: Decimal
    time_unit: str
    sources: tuple[str, ...]
    tags: Mapping[str, str]
    thresholds: tuple[Mapping[str, Any], ...]
    age_days: int
    ids: Mapping[str, str]


@dataclass(frozen=True)
class EscalationTarget:
    type: str  # schedule | user | channel
    ref: str  # the schedule's name | a seeded user: lead, owner, analyst, engineer | a channel key


@dataclass(frozen=True)
class EscalationLevel:
    delay_minutes: int
    targets: tuple[EscalationTarget, ...]


@dataclass(frozen=True)
class EscalationPolicy:
    """An escalation policy every tenant has: its levels in order, repeated ``num_loops`` times."""

    key: str
    name: str
    description: str
    num_loops: int
    levels: tuple[EscalationLevel, ...]
    age_days: int


@dataclass(frozen=True)
class AlertRule:
    """An alert rule every tenant has; ``{t}`` in its name and description is its threshold there."""

    key: str
    name: str
    description: str
    metric: str
    scope: Mapping[str, str]  # source, team, application, model_id, instance_id; budget: a budget key
    operator: str
    threshold: float  # as the file gives it (an integer stays one)
    scaled: bool  # three times higher for an enterprise tenant
    window: int  # minutes
    severity: str
    escalation: str | None  # the key of an escalation policy
    channels: tuple[str, ...]  # channel keys
    created_days: int
    disabled_days: int | None  # disabled this many days ago
    alert_type: str
    weight: int  # how often it fires among the seeded alerts
    author: str  # lead | owner | analyst | engineer


@dataclass(frozen=True)
class PolicyCondition:
    metric: str
    operator: str
    threshold: float  # as the file gives it (an integer stays one)
    window: int  # minutes
    scaled: bool  # three times higher for an enterprise tenant


@dataclass(frozen=True)
class PolicyAction:
    """One action of a policy: the spec's PolicyAction fields in file order (``channels``: channel keys)."""

    params: Mapping[str, Any]
    scaled: tuple[str, ...] = ()  # fields three times higher for an enterprise tenant

    @property
    def type(self) -> str:
        return str(self.params["type"])


@dataclass(frozen=True)
class EnforcementPolicy:
    """An enforcement policy every tenant has; ``{t}`` in its description is its first threshold there."""

    key: str
    name: str
    description: str
    mode: str  # dry_run | enforce | disabled
    resume_mode: str
    template_id: str | None
    scope: Mapping[str, tuple[str, ...]]  # sources, teams, applications, model_ids, instance_ids
    conditions: tuple[PolicyCondition, ...]
    actions: tuple[PolicyAction, ...]
    requires_approval: bool
    approval_timeout_minutes: int
    cooldown_minutes: int
    author: str  # lead | owner | analyst | engineer
    age_days: int


@dataclass(frozen=True)
class ConnectionIssue:
    """A connection's health problem since ``since_hours`` ago; a ``fail`` also fails each sync at ``step``."""

    check: str
    result: str  # warn | fail
    message: str
    since_hours: int
    step: str | None = None
    error_code: str | None = None
    error_message: str | None = None


@dataclass(frozen=True)
class Connection:
    """An integration connection of a tenant (cloud account, inference provider, GPU-agent cluster)."""

    tenant_id: str
    id: str | None  # None: drawn from the seed
    name: str
    provider: str
    account_id: str
    #: the non-secret auth summary; an agent_credential names its agent key by ``key``
    auth: Mapping[str, Any]
    age_days: int
    rotated_days_ago: int | None = None
    disabled_days_ago: int | None = None
    bucket: str | None = None
    agents: int = 0
    stagger_minutes: int | None = None
    issue: ConnectionIssue | None = None


@dataclass(frozen=True)
class World:
    password: str
    #: tenant key (as the file names it) -> tenant
    tenants: dict[str, Tenant]
    users: tuple[User, ...]
    instance_types: Mapping[str, InstanceType] = field(default_factory=dict)
    #: tenant id -> its fleet, in file order
    fleets: Mapping[str, tuple[Instance, ...]] = field(default_factory=dict)
    models: Mapping[str, Model] = field(default_factory=dict)
    model_streams: tuple[ModelStream, ...] = ()
    channels: tuple[Channel, ...] = ()
    budgets: tuple[Budget, ...] = ()
    connections: tuple[Connection, ...] = ()
    #: tenant id -> its AI traffic streams, in file order
    traffic: Mapping[str, tuple[TrafficStream, ...]] = field(default_factory=dict)
    #: tenant id -> its seeded AI anomalies, in file order
    anomalies: Mapping[str, tuple[SeededAnomaly, ...]] = field(default_factory=dict)
    #: tenant id -> the recommendations of earlier recommender runs, in file order
    past_recommendations: Mapping[str, tuple[PastRecommendation, ...]] = field(default_factory=dict)
    alert_rules: tuple[AlertRule, ...] = ()
    enforcement_policies: tuple[EnforcementPolicy, ...] = ()
    escalation_policies: tuple[EscalationPolicy, ...] = ()
    #: (tenant id, kind, key) -> the id the file fixes for that seeded record
    fixed_ids: Mapping[tuple[str, str, str], str] = field(default_factory=dict)

    def fresh_users(self) -> list[User]:
        """New copies of the users (a directory changes memberships; the world stays as loaded)."""
        return [User(u.id, u.email, u.name, u.password, dict(u.memberships)) for u in self.users]

    def fleet(self, tenant_id: str) -> tuple[Instance, ...]:
        return self.fleets.get(tenant_id, ())

    def instance_named(self, tenant_id: str, name: str) -> Instance:
        """The tenant's instance called ``name`` (KeyError if the world has none)."""
        for inst in self.fleet(tenant_id):
            if inst.name == name:
                return inst
        raise KeyError(f"no instance {name!r} in tenant {tenant_id}")

    def watched(self, tenant_id: str) -> tuple[Instance, ...]:
        """The tenant's instances with a ``usage`` profile: the hosts alert rules and policies watch."""
        return tuple(i for i in self.fleet(tenant_id) if i.usage is not None)

    def traffic_of(self, tenant_id: str) -> tuple[TrafficStream, ...]:
        return self.traffic.get(tenant_id, ())

    def anomalies_of(self, tenant_id: str) -> tuple[SeededAnomaly, ...]:
        return self.anomalies.get(tenant_id, ())

    def stream_keyed(self, tenant_id: str, key: str) -> TrafficStream:
        """The tenant's traffic stream called ``key`` (StopIteration if there is none)."""
        return next(s for s in self.traffic_of(tenant_id) if s.key == key)

    def past_recommendations_of(self, tenant_id: str) -> tuple[PastRecommendation, ...]:
        return self.past_recommendations.get(tenant_id, ())

    def channel_id(self, tenant_id: str, key: str) -> str:
        """The id of the channel ``key`` in a tenant (fixed in the file, else derived)."""
        channel = next(c for c in self.channels if c.key == key)
        return channel.ids.get(tenant_id) or derived_id("chn_", tenant_id, "channel", key)

    def fixed_id(self, tenant_id: str, kind: str, key: str) -> str | None:
        """The id the world fixes for a tenant's seeded record of ``kind`` called ``key``, if any."""
        return self.fixed_ids.get((tenant_id, kind, key))

    def connections_of(self, tenant_id: str) -> tuple[Connection, ...]:
        return tuple(c for c in self.connections if c.tenant_id == tenant_id)

    def budget(self, key: str) -> Budget:
        return next(b for b in self.budgets if b.key == key)

    def budget_id(self, tenant_id: str, key: str) -> str:
        """The id of the budget ``key`` in a tenant (fixed in the file, else derived)."""
        return self.budget(key).ids.get(tenant_id) or derived_id("bud_", tenant_id, "budget", key)


# -- reading ---------------------------------------------------------------------------------------


class _Where:
    """Names an entry in errors: file, line (of its ``[[table]]`` header) and index."""

    def __init__(self, sources: Mapping[str, tuple[str, str]]) -> None:
        #: top-level key -> (file name, file text)
        self.sources = sources
        #: table -> the lines of its ``[[table]]`` headers, found in one pass on first use
        self._headers: dict[str, list[int]] = {}

    def __call__(self, table: str, index: int | None = None, key: str | None = None) -> str:
        entry = table if index is None else f"{table}[{index}]"
        if key is not None:
            entry = f"{table}.{key}"
        if table not in self.sources:
            return entry
        name, text = self.sources[table]
        if index is not None:
            headers = self._headers.get(table)
            if headers is None:
                headers = self._headers[table] = _header_lines(text, table)
            line = headers[index] if index < len(headers) else None
        else:
            line = _line_of(text, table, None, key)
        return f"{name}:{line}: {entry}" if line else f"{name}: {entry}"

    def top(self, key: str) -> str:
        """A top-level value (``password = ...``)."""
        if key not in self.sources:
            return "top level"
        name, text = self.sources[key]
        line = _line_of(text, key, None, None)
        return f"{name}:{line}: top level" if line else f"{name}: top level"


def _header_lines(text: str, table: str) -> list[int]:
    """The lines (1-based) of the ``[[table]]`` headers of a TOML text, in order."""
    header = re.compile(rf"^[ \t]*\[\[[ \t]*{re.escape(table)}[ \t]*\]\]", re.MULTILINE)
    return [text.count("\n", 0, m.start()) + 1 for m in header.finditer(text)]


def _line_of(text: str, table: str, index: int | None, key: str | None) -> int | None:
    """The line of the ``index``-th ``[[table]]`` header (or of ``key`` in ``[table]``), 1-based."""
    if index is not None:
        headers = _header_lines(text, table)
        return headers[index] if index < len(headers) else None
    lines = text.splitlines()
    in_table = key is None
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("["):
            in_table = stripped.strip("[] ") == table
            if key is None and in_table:
                return number
            continue
        if in_table and key is not None and re.match(rf'^"?{re.escape(key)}"?\s*=', stripped):
            return number
        if key is None and re.match(rf"^{re.escape(table)}\s*=", stripped):
            return number
    return None


def _text(entry: Mapping[str, Any], key: str, where: str, *, choices: tuple[str, ...] = ()) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value:
        raise WorldError(f"{where}: `{key}` must be a non-empty string, got {value!r}")
    if choices and value not in choices:
        raise WorldError(f"{where}: `{key}` must be one of {', '.join(choices)}, got {value!r}")
    return value


def _opt_text(entry: Mapping[str, Any], key: str, where: str) -> str | None:
    return None if entry.get(key) is None else _text(entry, key, where)


def _number(
    entry: Mapping[str, Any], key: str, where: str, *, low: float = 0.0, high: float | None = None
) -> float:
    value = entry.get(key)
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or value < low
        or (high is not None and value > high)
    ):
        bound = f"between {low:g} and {high:g}" if high is not None else f">= {low:g}"
        raise WorldError(f"{where}: `{key}` must be a number {bound}, got {value!r}")
    return float(value)


def _integer(entry: Mapping[str, Any], key: str, where: str, *, low: int = 0) -> int:
    value = entry.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise WorldError(f"{where}: `{key}` must be an integer >= {low}, got {value!r}")
    return value


def _usd(entry: Mapping[str, Any], key: str, where: str, default: str | None = None) -> Decimal:
    value = entry.get(key, default)
    try:
        if not isinstance(value, str):
            raise InvalidOperation
        amount = Decimal(value)
        if not amount.is_finite() or amount < 0:
            raise InvalidOperation
    except InvalidOperation:
        raise WorldError(
            f'{where}: `{key}` must be a decimal string of USD such as "5.672", got {value!r}'
        ) from None
    return amount


def _table(doc: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = doc.get(key) or {}
    if not isinstance(value, dict):
        raise WorldError(f"{where}: must be a table")
    return value


def _entries(doc: Mapping[str, Any], key: str, where: _Where) -> list[tuple[int, str, Mapping[str, Any]]]:
    value = doc.get(key) or []
    if not isinstance(value, list):
        raise WorldError(f"{where(key)}: must be an array of tables ([[{key}]])")
    out: list[tuple[int, str, Mapping[str, Any]]] = []
    for i, entry in enumerate(value):
        if not isinstance(entry, dict):
            raise WorldError(f"{where(key, i)}: must be a table")
        out.append((i, where(key, i), entry))
    return out


def _id(entry: Mapping[str, Any], key: str, where: str, prefix: str, seen: set[str]) -> str:
    value = _text(entry, key, where)
    if not value.startswith(prefix) or not _ID.match(value):
        raise WorldError(
            f"{where}: `{key}` must be {prefix} followed by 10-32 letters or digits, got {value!r}"
        )
    if value in seen:
        raise WorldError(f"{where}: id {value!r} is used twice")
    seen.add(value)
    return value


def _tenant_ref(entry: Mapping[str, Any], where: str, tenants: Mapping[str, Tenant]) -> Tenant:
    key = _text(entry, "tenant", where)
    if key not in tenants:
        raise WorldError(f"{where}: no tenant {key!r} (tenants: {', '.join(tenants)})")
    return tenants[key]


def _tenants(doc: Mapping[str, Any], where: _Where) -> dict[str, Tenant]:
    tenants: dict[str, Tenant] = {}
    ids: set[str] = set()
    for _, at, entry in _entries(doc, "tenants", where):
        key = _text(entry, "key", at)
        tier = _text(entry, "tier", at, choices=TIERS)
        if key in tenants:
            raise WorldError(f"{at}: tenant key {key!r} is used twice")
        ident = _text(entry, "id", at)
        if ident in ids:
            raise WorldError(f"{at}: tenant id {ident!r} is used twice")
        ids.add(ident)
        tenants[key] = Tenant(ident, _text(entry, "name", at), _text(entry, "slug", at), tier)
    if not tenants:
        raise WorldError(f"{where('tenants')}: a world needs at least one [[tenants]] entry")
    return tenants


def _users(
    doc: Mapping[str, Any], where: _Where, password: str, tenants: Mapping[str, Tenant]
) -> tuple[User, ...]:
    users: list[User] = []
    for _, at, entry in _entries(doc, "users", where):
        ident = entry.get("id")
        if not isinstance(ident, int) or isinstance(ident, bool) or ident in {u.id for u in users}:
            raise WorldError(f"{at}: `id` must be an integer no other user has, got {ident!r}")
        roles = entry.get("roles")
        if not isinstance(roles, dict) or not roles:
            raise WorldError(f"{at}: `roles` must map a tenant key to a role")
        memberships: dict[str, str] = {}
        for tenant_key, role in roles.items():
            if tenant_key not in tenants:
                raise WorldError(f"{at}: no tenant {tenant_key!r} (tenants: {', '.join(tenants)})")
            if role not in ROLES:
                raise WorldError(f"{at}: role {role!r} in {tenant_key} is not one of {', '.join(ROLES)}")
            memberships[tenants[tenant_key].id] = role
        users.append(User(ident, _text(entry, "email", at), _text(entry, "name", at), password, memberships))
    return tuple(users)


def _instance_types(doc: Mapping[str, Any], where: _Where) -> dict[str, InstanceType]:
    out: dict[str, InstanceType] = {}
    for name, entry in _table(doc, "instance_types", where("instance_types")).items():
        at = where("instance_types", key=name)
        if not isinstance(entry, dict):
            raise WorldError(f"{at}: must be a table {{ provider, gpu_type, gpu_count, hourly_usd }}")
        out[name] = InstanceType(
            name,
            _text(entry, "provider", at, choices=PROVIDERS),
            _text(entry, "gpu_type", at, choices=GPU_TYPES),
            _integer(entry, "gpu_count", at, low=1),
            _usd(entry, "hourly_usd", at),
        )
    return out


def _tags(entry: Mapping[str, Any], at: str) -> dict[str, str]:
    tags = entry.get("tags") or {}
    if not isinstance(tags, dict) or not all(isinstance(v, str) and v for v in tags.values()):
        raise WorldError(f"{at}: `tags` must map tag keys to non-empty strings, got {tags!r}")
    return dict(tags)


def _fleets(
    doc: Mapping[str, Any], where: _Where, tenants: Mapping[str, Tenant], types: Mapping[str, InstanceType]
) -> dict[str, tuple[Instance, ...]]:
    fleets: dict[str, list[Instance]] = {t.id: [] for t in tenants.values()}
    ids: set[str] = set()
    agents: set[str] = set()
    for _, at, entry in _entries(doc, "instances", where):
        tenant = _tenant_ref(entry, at, tenants)
        type_name = _text(entry, "type", at)
        if type_name not in types:
            raise WorldError(f"{at}: no instance type {type_name!r} in [instance_types]")
        name = _text(entry, "name", at)
        if any(i.name == name for i in fleets[tenant.id]):
            raise WorldError(f"{at}: tenant {tenant.name} has two instances named {name!r}")
        agent_id = None if entry.get("agent_id") is None else _id(entry, "agent_id", at, "gpa_", agents)
        mig = entry.get("mig_gpus") or []
        itype = types[type_name]
        if not isinstance(mig, list) or not all(isinstance(g, int) and 0 <= g < itype.gpu_count for g in mig):
            raise WorldError(f"{at}: `mig_gpus` must list GPU indices below {itype.gpu_count}, got {mig!r}")
        usage = entry.get("usage")
        if usage is not None and not isinstance(usage, dict):
            raise WorldError(f"{at}: `usage` must be a table {{ busy_util, idle_share }}")
        fleets[tenant.id].append(
            Instance(
                tenant_id=tenant.id,
                id=_id(entry, "id", at, "gpu_", ids),
                name=name,
                type=itype,
                region=_text(entry, "region", at),
                state=_text(entry, "state", at, choices=INSTANCE_STATES),
                workload=_text(entry, "workload", at, choices=WORKLOADS),
                launched_hours_ago=_number(entry, "launched_hours_ago", at),
                tags=_tags(entry, at),
                hostname=_text(entry, "hostname", at),
                agent_id=agent_id,
                agent=_text(entry, "agent", at, choices=AGENT_HEALTH) if "agent" in entry else "connected",
                idle_hours_ago=None
                if entry.get("idle_hours_ago") is None
                else _number(entry, "idle_hours_ago", at),
                mig_gpus=tuple(mig),
                usage=None
                if usage is None
                else Usage(
                    _number(usage, "busy_util", at, high=100), _number(usage, "idle_share", at, high=1)
                ),
            )
        )
    return {k: tuple(v) for k, v in fleets.items()}


def _models(doc: Mapping[str, Any], where: _Where) -> dict[str, Model]:
    out: dict[str, Model] = {}
    for _, at, entry in _entries(doc, "models", where):
        ident = _text(entry, "id", at)
        if ident in out:
            raise WorldError(f"{at}: model {ident!r} is listed twice")
        out[ident] = Model(
            ident,
            _usd(entry, "input", at),
            _usd(entry, "output", at),
            _usd(entry, "cache_read", at, "0"),
            _usd(entry, "cache_write_5m", at, "0"),
            _usd(entry, "cache_write_1h", at, "0"),
            _integer(entry, "ms_per_output_token", at),
        )
    return out


def _model_streams(
    doc: Mapping[str, Any], where: _Where, models: Mapping[str, Model]
) -> tuple[ModelStream, ...]:
    out: list[ModelStream] = []
    for _, at, entry in _entries(doc, "model_streams", where):
        model = _text(entry, "model", at)
        if model not in models:
            raise WorldError(f"{at}: no model {model!r} in [[models]]")
        out.append(
            ModelStream(
                _text(entry, "application", at),
                _text(entry, "team", at),
                _text(entry, "source", at, choices=SOURCES),
                models[model],
                _usd(entry, "hourly_usd", at),
                _integer(entry, "tokens_per_request", at, low=1),
            )
        )
    return tuple(out)


def _real(entry: Mapping[str, Any], key: str, at: str, default: float, *, high: float | None = None) -> float:
    """A number as the file gives it (an integer stays one), ``default`` when left out."""
    if key not in entry:
        return default
    _number(entry, key, at, high=high)
    value: float = entry[key]
    return value


def _range(entry: Mapping[str, Any], key: str, at: str, *, required: bool = False) -> tuple[int, int]:
    value = entry.get(key, None if required else [0, 0])
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value)
        or value[0] > value[1]
    ):
        raise WorldError(f"{at}: `{key}` must be [low, high], two integers 0 <= low <= high, got {value!r}")
    return (value[0], value[1])


def _ref(entry: Mapping[str, Any], key: str, at: str, prefix: str) -> str | None:
    """An optional id that other entries may share (an agent or workflow with several streams)."""
    if entry.get(key) is None:
        return None
    return _id(entry, key, at, prefix, set())


def _traffic(
    doc: Mapping[str, Any], where: _Where, tenants: Mapping[str, Tenant], models: Mapping[str, Model]
) -> dict[str, tuple[TrafficStream, ...]]:
    out: dict[str, list[TrafficStream]] = {t.id: [] for t in tenants.values()}
    for _, at, entry in _entries(doc, "traffic", where):
        tenant = _tenant_ref(entry, at, tenants)
        key = _opt_text(entry, "key", at)
        if key is not None and any(s.key == key for s in out[tenant.id]):
            raise WorldError(f"{at}: tenant {tenant.name} has two traffic streams with key {key!r}")
        model = _text(entry, "model", at)
        if model not in models:
            raise WorldError(f"{at}: no model {model!r} in [[models]] (its prices price the traffic)")
        rate = _real(entry, "rate", at, 0.0)
        if rate <= 0:
            raise WorldError(f"{at}: `rate` must be a number > 0, got {entry.get('rate')!r}")
        ttl = _opt_text(entry, "ttl", at)
        if ttl is not None and ttl not in CACHE_TTLS:
            raise WorldError(f"{at}: `ttl` must be one of {', '.join(CACHE_TTLS)}, got {ttl!r}")
        out[tenant.id].append(
            TrafficStream(
                source=_text(entry, "source", at, choices=SOURCES),
                model=model,
                region=_opt_text(entry, "region", at),
                application=_opt_text(entry, "application", at),
                team=_opt_text(entry, "team", at),
                environment=_opt_text(entry, "environment", at),
                owner=_opt_text(entry, "owner", at),
                agent=_ref(entry, "agent_id", at, "agt_"),
                workflow=_ref(entry, "workflow_id", at, "wf_"),
                rate=rate,
                bucket_hours=_integer(entry, "bucket_hours", at),
                hours=_text(entry, "hours", at, choices=TRAFFIC_HOURS),
                inp=_range(entry, "input_tokens", at, required=True),
                out=_range(entry, "output_tokens", at, required=True),
                cache_read=_range(entry, "cache_read", at),
                cache_write=_range(entry, "cache_write", at),
                write_share=_real(entry, "write_share", at, 0.0, high=1),
                ttl=ttl,
                prefix=_integer({"prefix": entry.get("prefix", 0)}, "prefix", at),
                reuse=_real(entry, "reuse", at, 0.0),
                active=_real(entry, "active", at, 1.0, high=1),
                key=key,
            )
        )
    return {k: tuple(v) for k, v in out.items()}


def _anomalies(
    doc: Mapping[str, Any],
    where: _Where,
    tenants: Mapping[str, Tenant],
    traffic: Mapping[str, tuple[TrafficStream, ...]],
) -> dict[str, tuple[SeededAnomaly, ...]]:
    out: dict[str, list[SeededAnomaly]] = {t.id: [] for t in tenants.values()}
    ids: dict[str, set[str]] = {t.id: set() for t in tenants.values()}
    for _, at, entry in _entries(doc, "anomalies", where):
        tenant = _tenant_ref(entry, at, tenants)
        stream = _text(entry, "stream", at)
        keys = [s.key for s in traffic[tenant.id] if s.key is not None]
        if stream not in keys:
            raise WorldError(
                f"{at}: tenant {tenant.name} has no traffic stream with key {stream!r} "
                f"(keys: {', '.join(keys) or 'none; give a [[traffic]] entry a `key`'})"
            )
        scope = entry.get("scope")
        if not isinstance(scope, list) or not scope or not all(f in ANOMALY_SCOPE for f in scope):
            raise WorldError(f"{at}: `scope` must list fields of {', '.join(ANOMALY_SCOPE)}, got {scope!r}")
        _number(entry, "requests_per_minute", at)  # required (``_real`` keeps an integer one)
        if _real(entry, "throttle_share", at, 0.0, high=1) + _real(entry, "error_share", at, 0.0, high=1) > 1:
            raise WorldError(f"{at}: `throttle_share` and `error_share` add up to more than 1")
        out[tenant.id].append(
            SeededAnomaly(
                id=_id(entry, "id", at, "anm_", ids[tenant.id]),
                type=_text(entry, "type", at, choices=ANOMALY_TYPES),
                severity=_text(entry, "severity", at, choices=SEVERITIES),
                stream=stream,
                scope=tuple(scope),
                hours_ago=_number(entry, "hours_ago", at),
                minutes=_integer(entry, "minutes", at, low=1),
                rpm=_real(entry, "requests_per_minute", at, 0.0),
                token_mult=_real(entry, "token_mult", at, 1.0),
                throttle=_real(entry, "throttle_share", at, 0.0, high=1),
                error=_real(entry, "error_share", at, 0.0, high=1),
                repeat=None
                if entry.get("repeat_prompt_ratio") is None
                else _number(entry, "repeat_prompt_ratio", at, high=1),
                title=_text(entry, "title", at),
                ack_after=_opt_int(entry, "ack_after_minutes", at),
                resolve_after=_opt_int(entry, "resolve_after_minutes", at),
            )
        )
    return {k: tuple(v) for k, v in out.items()}


def _past_recommendations(
    doc: Mapping[str, Any], where: _Where, tenants: Mapping[str, Tenant]
) -> dict[str, tuple[PastRecommendation, ...]]:
    out: dict[str, list[PastRecommendation]] = {t.id: [] for t in tenants.values()}
    ids: set[str] = set()
    for _, at, entry in _entries(doc, "past_recommendations", where):
        tenant = _tenant_ref(entry, at, tenants)
        key = _text(entry, "key", at)
        if any(p.key == key for p in out[tenant.id]):
            raise WorldError(f"{at}: tenant {tenant.name} has two past recommendations with key {key!r}")
        status = _text(entry, "status", at, choices=PAST_STATUSES)
        dismissal = entry.get("dismissal")
        if (dismissal is None) != (status != "dismissed") or (
            dismissal is not None and not isinstance(dismissal, dict)
        ):
            raise WorldError(
                f"{at}: a dismissed recommendation (and only one) has `dismissal = {{ reason, comment }}`"
            )
        out[tenant.id].append(
            PastRecommendation(
                key=key,
                id=None if entry.get("id") is None else _id(entry, "id", at, "rec_", ids),
                type=_text(entry, "type", at, choices=RECOMMENDATION_TYPES),
                status=status,
                application=_text(entry, "application", at),
                source=_text(entry, "source", at, choices=SOURCES),
                rate=_number(entry, "savings_rate", at, high=1),
                days_ago=_integer(entry, "days_ago", at),
                decided_after=_integer(entry, "decided_after_days", at),
                title=_text(entry, "title", at),
                description=_text(entry, "description", at),
                confidence=_number(entry, "confidence", at, high=1),
                dismissal=None
                if dismissal is None
                else (_text(dismissal, "reason", at), _opt_text(dismissal, "comment", at)),
            )
        )
    return {k: tuple(v) for k, v in out.items()}


def _channels(doc: Mapping[str, Any], where: _Where, tenants: Mapping[str, Tenant]) -> tuple[Channel, ...]:
    out: list[Channel] = []
    seen: set[str] = set()
    for _, at, entry in _entries(doc, "channels", where):
        key = _text(entry, "key", at)
        if key in {c.key for c in out}:
            raise WorldError(f"{at}: channel key {key!r} is used twice")
        ids: dict[str, str] = {}
        for tenant_key, ident in (entry.get("ids") or {}).items():
            if tenant_key not in tenants:
                raise WorldError(f"{at}: `ids` names no tenant {tenant_key!r}")
            ids[tenants[tenant_key].id] = _id({"id": ident}, "id", at, "chn_", seen)
        config = entry.get("config") or {}
        if not isinstance(config, dict):
            raise WorldError(f"{at}: `config` must be a table")
        enabled = entry.get("enabled", True)
        if not isinstance(enabled, bool):
            raise WorldError(f"{at}: `enabled` must be true or false")
        out.append(
            Channel(
                key,
                _text(entry, "type", at, choices=CHANNEL_TYPES),
                _text(entry, "name", at),
                _opt_text(entry, "description", at),
                enabled,
                _integer(entry, "age_days", at),
                config,
                ids,
            )
        )
    return tuple(out)


def _budgets(doc: Mapping[str, Any], where: _Where, tenants: Mapping[str, Tenant]) -> tuple[Budget, ...]:
    out: list[Budget] = []
    seen: set[str] = set()
    for _, at, entry in _entries(doc, "budgets", where):
        key = _text(entry, "key", at)
        if key in {b.key for b in out}:
            raise WorldError(f"{at}: budget key {key!r} is used twice")
        parent = _opt_text(entry, "parent", at)
        if parent is not None and parent not in {b.key for b in out}:
            raise WorldError(f"{at}: `parent` must name a budget listed before it, got {parent!r}")
        sources = entry.get("sources") or []
        if not isinstance(sources, list) or not all(s in SOURCES for s in sources):
            raise WorldError(f"{at}: `sources` must list sources of {', '.join(SOURCES)}, got {sources!r}")
        thresholds = entry.get("thresholds") or []
        if not isinstance(thresholds, list) or not all(isinstance(t, dict) for t in thresholds):
            raise WorldError(f"{at}: `thresholds` must be a list of tables")
        ids: dict[str, str] = {}
        for tenant_key, ident in (entry.get("ids") or {}).items():
            if tenant_key not in tenants:
                raise WorldError(f"{at}: `ids` names no tenant {tenant_key!r}")
            ids[tenants[tenant_key].id] = _id({"id": ident}, "id", at, "bud_", seen)
        out.append(
            Budget(
                key,
                parent,
                _text(entry, "name", at),
                _usd(entry, "limit_usd", at),
                _text(entry, "time_unit", at, choices=TIME_UNITS),
                tuple(sources),
                _tags(entry, at),
                tuple(thresholds),
                _integer(entry, "age_days", at),
                ids,
            )
        )
    return tuple(out)


def _escalation_policies(
    doc: Mapping[str, Any], where: _Where, channels: tuple[Channel, ...]
) -> tuple[EscalationPolicy, ...]:
    out: list[EscalationPolicy] = []
    channel_keys = tuple(c.key for c in channels)
    for _, at, entry in _entries(doc, "escalation_policies", where):
        key = _text(entry, "key", at)
        if key in {p.key for p in out}:
            raise WorldError(f"{at}: escalation policy key {key!r} is used twice")
        listed = entry.get("levels")
        if not isinstance(listed, list) or not listed or not all(isinstance(x, dict) for x in listed):
            raise WorldError(
                f"{at}: `levels` must be a non-empty list of tables {{ delay_minutes, targets }}"
            )
        levels = []
        for level in listed:
            targets = level.get("targets")
            if not isinstance(targets, list) or not targets:
                raise WorldError(f"{at}: a level's `targets` must be a non-empty list")
            resolved = []
            for target in targets:
                if (
                    not isinstance(target, dict)
                    or len(target) != 1
                    or next(iter(target)) not in ESCALATION_TARGETS
                ):
                    raise WorldError(
                        f"{at}: a target must be one of {{ schedule = NAME }}, {{ user = {' | '.join(RULE_AUTHORS)} }}"
                        f" or {{ channel = KEY }}, got {target!r}"
                    )
                kind = next(iter(target))
                ref = _text(target, kind, at, choices=RULE_AUTHORS if kind == "user" else ())
                if kind == "channel" and ref not in channel_keys:
                    raise WorldError(
                        f"{at}: a target's `channel` must be a channel key of {', '.join(channel_keys)}, got {ref!r}"
                    )
                resolved.append(EscalationTarget(kind, ref))
            levels.append(EscalationLevel(_integer(level, "delay_minutes", at), tuple(resolved)))
        out.append(
            EscalationPolicy(
                key=key,
                name=_text(entry, "name", at),
                description=_text(entry, "description", at),
                num_loops=_integer(entry, "num_loops", at),
                levels=tuple(levels),
                age_days=_integer(entry, "age_days", at),
            )
        )
    return tuple(out)


def _alert_rules(
    doc: Mapping[str, Any],
    where: _Where,
    channels: tuple[Channel, ...],
    budgets: tuple[Budget, ...],
    escalations: tuple[EscalationPolicy, ...],
) -> tuple[AlertRule, ...]:
    out: list[AlertRule] = []
    channel_keys = [c.key for c in channels]
    budget_keys = [b.key for b in budgets]
    escalation_keys = tuple(p.key for p in escalations)
    for _, at, entry in _entries(doc, "alert_rules", where):
        key = _text(entry, "key", at)
        if key in {r.key for r in out}:
            raise WorldError(f"{at}: alert rule key {key!r} is used twice")
        scope = entry.get("scope") or {}
        if not isinstance(scope, dict) or not all(
            k in RULE_SCOPE and isinstance(v, str) for k, v in scope.items()
        ):
            raise WorldError(
                f"{at}: `scope` must map some of {', '.join(RULE_SCOPE)} to strings, got {scope!r}"
            )
        if "budget" in scope and scope["budget"] not in budget_keys:
            raise WorldError(
                f"{at}: `scope.budget` names no budget {scope['budget']!r} (budgets: {', '.join(budget_keys)})"
            )
        if "source" in scope:
            _text(scope, "source", at, choices=SOURCES)
        listed = entry.get("channels") or []
        if not isinstance(listed, list) or not all(c in channel_keys for c in listed):
            raise WorldError(
                f"{at}: `channels` must list channel keys of {', '.join(channel_keys)}, got {listed!r}"
            )
        scaled = entry.get("scaled", False)
        if not isinstance(scaled, bool):
            raise WorldError(f"{at}: `scaled` must be true or false")
        escalation = _opt_text(entry, "escalation", at)
        if escalation is not None:
            _text(entry, "escalation", at, choices=escalation_keys)
        _number(entry, "threshold", at)  # required (``_real`` keeps an integer one)
        out.append(
            AlertRule(
                key=key,
                name=_text(entry, "name", at),
                description=_text(entry, "description", at),
                metric=_text(entry, "metric", at, choices=ALERT_METRICS),
                scope=dict(scope),
                operator=_text(entry, "operator", at, choices=OPERATORS),
                threshold=_real(entry, "threshold", at, 0.0),
                scaled=scaled,
                window=_integer(entry, "window_minutes", at, low=1),
                severity=_text(entry, "severity", at, choices=SEVERITIES),
                escalation=escalation,
                channels=tuple(listed),
                created_days=_integer(entry, "age_days", at),
                disabled_days=_opt_int(entry, "disabled_days_ago", at),
                alert_type=_text(entry, "alert_type", at, choices=RULE_ALERT_TYPES),
                weight=_integer(entry, "weight", at),
                author=_text(entry, "created_by", at, choices=RULE_AUTHORS),
            )
        )
    return tuple(out)


def _flag(entry: Mapping[str, Any], key: str, at: str) -> bool:
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise WorldError(f"{at}: `{key}` must be true or false, got {value!r}")
    return value


def _policy_conditions(entry: Mapping[str, Any], at: str) -> tuple[PolicyCondition, ...]:
    listed = entry.get("conditions")
    if not isinstance(listed, list) or not listed or not all(isinstance(c, dict) for c in listed):
        raise WorldError(
            f"{at}: `conditions` must be a non-empty list of tables {{ metric, operator, threshold, window_minutes }}"
        )
    out = []
    for c in listed:
        _number(c, "threshold", at)
        out.append(
            PolicyCondition(
                _text(c, "metric", at, choices=ALERT_METRICS),
                _text(c, "operator", at, choices=OPERATORS),
                _real(c, "threshold", at, 0.0),
                _integer(c, "window_minutes", at, low=1),
                _flag(c, "scaled", at),
            )
        )
    return tuple(out)


def _policy_actions(entry: Mapping[str, Any], at: str, channel_keys: list[str]) -> tuple[PolicyAction, ...]:
    listed = entry.get("actions")
    if not isinstance(listed, list) or not listed or not all(isinstance(a, dict) for a in listed):
        raise WorldError(f"{at}: `actions` must be a non-empty list of tables (the spec's PolicyAction)")
    out = []
    for action in listed:
        _text(action, "type", at, choices=ACTION_TYPES)
        channels = action.get("channels", [])
        if not isinstance(channels, list) or not all(c in channel_keys for c in channels):
            raise WorldError(
                f"{at}: `channels` must list channel keys of {', '.join(channel_keys)}, got {channels!r}"
            )
        scaled = action.get("scaled", [])
        if not isinstance(scaled, list) or not all(
            isinstance(action.get(f), int | float) and not isinstance(action.get(f), bool) for f in scaled
        ):
            raise WorldError(
                f"{at}: an action's `scaled` must list numeric fields of the action, got {scaled!r}"
            )
        out.append(PolicyAction({k: v for k, v in action.items() if k != "scaled"}, tuple(scaled)))
    return tuple(out)


def _enforcement_policies(
    doc: Mapping[str, Any], where: _Where, channels: tuple[Channel, ...]
) -> tuple[EnforcementPolicy, ...]:
    out: list[EnforcementPolicy] = []
    channel_keys = [c.key for c in channels]
    for _, at, entry in _entries(doc, "enforcement_policies", where):
        key = _text(entry, "key", at)
        if key in {p.key for p in out}:
            raise WorldError(f"{at}: enforcement policy key {key!r} is used twice")
        scope = entry.get("scope") or {}
        if not isinstance(scope, dict) or not all(
            k in POLICY_SCOPE and isinstance(v, list) and all(isinstance(x, str) for x in v)
            for k, v in scope.items()
        ):
            raise WorldError(
                f"{at}: `scope` must map some of {', '.join(POLICY_SCOPE)} to lists of strings, got {scope!r}"
            )
        out.append(
            EnforcementPolicy(
                key=key,
                name=_text(entry, "name", at),
                description=_text(entry, "description", at),
                mode=_text(entry, "mode", at, choices=POLICY_MODES),
                resume_mode=_text(entry, "resume_mode", at, choices=POLICY_MODES[:2]),
                template_id=None
                if entry.get("template") is None
                else _id(entry, "template", at, "tpl_", set()),
                scope={k: tuple(v) for k, v in scope.items()},
                conditions=_policy_conditions(entry, at),
                actions=_policy_actions(entry, at, channel_keys),
                requires_approval=_flag(entry, "requires_approval", at),
                approval_timeout_minutes=_integer(entry, "approval_timeout_minutes", at, low=1),
                cooldown_minutes=_integer(entry, "cooldown_minutes", at),
                author=_text(entry, "created_by", at, choices=RULE_AUTHORS),
                age_days=_integer(entry, "age_days", at),
            )
        )
    return tuple(out)


def _fixed_ids(
    doc: Mapping[str, Any], where: _Where, tenants: Mapping[str, Tenant]
) -> dict[tuple[str, str, str], str]:
    out: dict[tuple[str, str, str], str] = {}
    seen: set[str] = set()
    for _, at, entry in _entries(doc, "fixed_ids", where):
        tenant = _tenant_ref(entry, at, tenants)
        kind = _text(entry, "kind", at, choices=tuple(FIXED_ID_KINDS))
        key = _text(entry, "key", at)
        if (tenant.id, kind, key) in out:
            raise WorldError(f"{at}: the {kind} {key!r} of tenant {tenant.name} is given two ids")
        out[(tenant.id, kind, key)] = _id(entry, "id", at, FIXED_ID_KINDS[kind], seen)
    return out


def _opt_int(entry: Mapping[str, Any], key: str, at: str) -> int | None:
    return None if entry.get(key) is None else _integer(entry, key, at)


def _connections(
    doc: Mapping[str, Any], where: _Where, tenants: Mapping[str, Tenant]
) -> tuple[Connection, ...]:
    out: list[Connection] = []
    seen: set[str] = set()
    for _, at, entry in _entries(doc, "connections", where):
        tenant = _tenant_ref(entry, at, tenants)
        provider = _text(entry, "provider", at, choices=tuple(CONNECTION_METHODS))
        auth = entry.get("auth")
        if not isinstance(auth, dict) or auth.get("method") != CONNECTION_METHODS[provider]:
            raise WorldError(
                f"{at}: `auth` must be a table whose `method` is {CONNECTION_METHODS[provider]!r} for {provider}"
            )
        if auth["method"] == "agent_credential" and not isinstance(auth.get("key"), str):
            raise WorldError(f'{at}: an agent_credential `auth` names its agent key: `key = "..."`')
        issue = entry.get("issue")
        if issue is not None and not isinstance(issue, dict):
            raise WorldError(f"{at}: `issue` must be a table")
        out.append(
            Connection(
                tenant.id,
                None if entry.get("id") is None else _id(entry, "id", at, "con_", seen),
                _text(entry, "name", at),
                provider,
                _text(entry, "account_id", at),
                dict(auth),
                _integer(entry, "age_days", at),
                _opt_int(entry, "rotated_days_ago", at),
                _opt_int(entry, "disabled_days_ago", at),
                _opt_text(entry, "bucket", at),
                _integer({"agents": entry.get("agents", 0)}, "agents", at),
                _opt_int(entry, "stagger_minutes", at),
                None
                if issue is None
                else ConnectionIssue(
                    _text(issue, "check", at),
                    _text(issue, "result", at, choices=("warn", "fail")),
                    _text(issue, "message", at),
                    _integer(issue, "since_hours", at),
                    _opt_text(issue, "step", at),
                    _opt_text(issue, "error_code", at),
                    _opt_text(issue, "error_message", at),
                ),
            )
        )
    return tuple(out)


def parse_world(doc: Mapping[str, Any], sources: Mapping[str, tuple[str, str]] | None = None) -> World:
    """Typed records from a parsed world document.

    ``sources`` maps each top-level key to the (file name, text) it came from, so that an error
    names the file and line of the bad entry.
    """
    where = _Where(sources or {})
    password = _text(doc, "password", where.top("password"))
    tenants = _tenants(doc, where)
    types = _instance_types(doc, where)
    models = _models(doc, where)
    traffic = _traffic(doc, where, tenants, models)
    channels = _channels(doc, where, tenants)
    budgets = _budgets(doc, where, tenants)
    escalations = _escalation_policies(doc, where, channels)
    return World(
        password,
        tenants,
        _users(doc, where, password, tenants),
        types,
        _fleets(doc, where, tenants, types),
        models,
        _model_streams(doc, where, models),
        channels,
        budgets,
        _connections(doc, where, tenants),
        traffic,
        _anomalies(doc, where, tenants, traffic),
        _past_recommendations(doc, where, tenants),
        _alert_rules(doc, where, channels, budgets, escalations),
        _enforcement_policies(doc, where, channels),
        escalations,
        _fixed_ids(doc, where, tenants),
    )


#: The tables a user's world may leave out: they are then the shipped world's.
#: ``connections`` and ``fixed_ids`` are not defaulted: the shipped ones belong to the shipped tenants.
DEFAULTED = (
    "password",
    "instance_types",
    "models",
    "model_streams",
    "channels",
    "budgets",
    "escalation_policies",
    "alert_rules",
    "enforcement_policies",
)
#: Per-tenant tables: a tenant of a user's world that none of their entries names gets the shipped
#: Nimbus tenant's (its AI traffic, its earlier recommendations).
PER_TENANT_DEFAULTED = ("traffic", "past_recommendations")
#: The environment variable naming a user's world file (``tensorcost-mock --world FILE`` sets it).
WORLD_ENV = "TENSORCOST_MOCK_WORLD"


def _parse_toml(name: str, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise WorldError(f"{name}: not valid TOML: {exc}") from None


def _merge(files: list[tuple[str, str, dict[str, Any]]]) -> World:
    doc: dict[str, Any] = {}
    sources: dict[str, tuple[str, str]] = {}
    for name, text, part in files:
        for key, value in part.items():
            if key in doc:
                raise WorldError(f"{name}: `{key}` is also given in {sources[key][0]}")
            doc[key] = value
            sources[key] = (name, text)
    return parse_world(doc, sources)


def _shipped_files() -> list[tuple[str, str, dict[str, Any]]]:
    here = importlib.resources.files(__name__)
    files = []
    for name in SEEDED_FILES:
        text = (here / name).read_text(encoding="utf-8")
        files.append((name, text, _parse_toml(name, text)))
    return files


@cache
def seeded_world() -> World:
    """The world the mock ships with (the files of ``SEEDED_FILES``), read once."""
    return _merge(_shipped_files())


def load_world(path: str | Path) -> World:
    """A user's world: one TOML file with the tables of the shipped world's files.

    ``tenants``, ``users`` and ``instances`` are the user's; each table of ``DEFAULTED`` the file
    leaves out is the shipped world's (its prices, models, watched streams, channels, budgets, escalation
    policies, alert rules, enforcement policies).
    ``instance_types`` and ``models`` the file gives add to the shipped ones (the same name or id:
    the file's wins), since the mock's AI traffic prices the shipped models. A tenant that no
    ``traffic`` (``past_recommendations``) entry names gets the shipped Nimbus tenant's; one that gets
    its traffic so also gets its seeded ``anomalies`` unless an entry names the tenant.
    Every tenant needs an owner and at least one instance with a ``usage`` profile (the hosts its
    alert rules watch). Errors name the file, line and entry.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise WorldError(f"{path}: cannot read it: {exc.strerror}") from None
    mine = _parse_toml(str(path), text)
    for key in ("tenants", "users", "instances"):
        if key not in mine:
            raise WorldError(f"{path}: a world file needs [[{key}]] entries")
    shipped = _shipped_files()
    tables = {k: v for _, _, part in shipped for k, v in part.items()}
    # Instance types and models add to the shipped ones (an entry with the same name or id wins).
    if isinstance(mine.get("instance_types"), dict):
        mine["instance_types"] = {**tables["instance_types"], **mine["instance_types"]}
    if isinstance(mine.get("models"), list):
        given = {m.get("id") for m in mine["models"] if isinstance(m, dict)}
        mine["models"] = mine["models"] + [m for m in tables["models"] if m["id"] not in given]
    _default_anomalies(mine, tables["anomalies"])
    for table in PER_TENANT_DEFAULTED:
        _default_per_tenant(mine, table, tables[table])
    defaults = [
        (name, shipped_text, {k: _unpinned(v) for k, v in part.items() if k in DEFAULTED and k not in mine})
        for name, shipped_text, part in shipped
    ]
    world = _merge([*defaults, (str(path), text, mine)])
    where = _Where({"tenants": (str(path), text)})
    for i, (key, tenant) in enumerate(world.tenants.items()):
        if not any(u.memberships.get(tenant.id) == "owner" for u in world.users):
            raise WorldError(f"{where('tenants', i)}: tenant {key!r} needs a user with the role owner")
        if not world.watched(tenant.id):
            raise WorldError(
                f"{where('tenants', i)}: tenant {key!r} needs an instance with a `usage` profile "
                "(the hosts its alert rules watch)"
            )
    return world


def _default_per_tenant(mine: dict[str, Any], table: str, shipped: list[dict[str, Any]]) -> None:
    """Give each tenant of ``mine`` that no entry of ``table`` names the shipped Nimbus tenant's entries
    (without the ids they fix)."""
    given = mine.get(table, [])
    if not isinstance(given, list) or not isinstance(mine["tenants"], list):
        return  # parse_world names the bad table
    named = {e.get("tenant") for e in given if isinstance(e, dict)}
    nimbus = [{k: v for k, v in e.items() if k != "id"} for e in shipped if e["tenant"] == "nimbus"]
    keys = [t.get("key") for t in mine["tenants"] if isinstance(t, dict)]
    mine[table] = given + [{**e, "tenant": key} for key in keys if key not in named for e in nimbus]


def _default_anomalies(mine: dict[str, Any], shipped: list[dict[str, Any]]) -> None:
    """Give each tenant of ``mine`` that gets the Nimbus tenant's traffic (no ``traffic`` entry names it)
    and that no ``anomalies`` entry names the Nimbus tenant's seeded anomalies, ids included."""
    traffic, given = mine.get("traffic", []), mine.get("anomalies", [])
    if not all(isinstance(t, list) for t in (traffic, given, mine["tenants"])):
        return  # parse_world names the bad table
    named = {e.get("tenant") for e in [*traffic, *given] if isinstance(e, dict)}
    nimbus = [e for e in shipped if e["tenant"] == "nimbus"]
    keys = [t.get("key") for t in mine["tenants"] if isinstance(t, dict)]
    mine["anomalies"] = given + [{**e, "tenant": key} for key in keys if key not in named for e in nimbus]


def _unpinned(table: Any) -> Any:
    """Shipped entries without the ids they fix for the shipped tenants (a user's are derived)."""
    if isinstance(table, list):
        return [{k: v for k, v in entry.items() if k != "ids"} for entry in table]
    return table


@cache
def _world_at(path: str) -> World:
    return load_world(path)


def active_world() -> World:
    """The world this process serves: the file ``TENSORCOST_MOCK_WORLD`` names, else the shipped one.

    It is read when the server's modules are first imported, so it is one world per process.
    """
    path = os.environ.get(WORLD_ENV)
    return _world_at(path) if path else seeded_world()
