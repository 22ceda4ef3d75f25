"""The one list of service modules, their handlers, the order their seeders run in, who
subscribes to which event, what a service reads of another, which service owns each store key,
and the rules of the living world.

Nothing registers itself on import: the server asks :func:`routes` for the handler of every
operation, collected from the ``api/<svc>.py`` modules in ``SERVICES``, and hands ``SEEDERS``,
``SUBSCRIPTIONS``, ``READS`` and ``TICKERS`` to the runtime. Services import no other service and
name no other service's store key (``STORE_KEYS``): an effect in another service is an event
(``SUBSCRIPTIONS``), a read of another service's data a plain function its owner provides, handed
in here (each reader's ``Reads``, in ``READS``).; alert's rules get theirs bound into
their ticker, ``ALERT_SOURCES``)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from types import ModuleType

from tensorcost_mock.api import (
    ai,
    alert,
    auth,
    cost,
    enforcement,
    gpu,
    identity,
    integration,
    notification,
    report,
    tenant,
)
from tensorcost_mock.api.context import Handler
from tensorcost_mock.domain import ai as ai_rules
from tensorcost_mock.domain import alert as alert_rules
from tensorcost_mock.domain import cost as cost_rules
from tensorcost_mock.domain import enforcement as enforcement_rules
from tensorcost_mock.domain import gpu as gpu_rules
from tensorcost_mock.domain import identity as identity_rules
from tensorcost_mock.domain import integration as integration_rules
from tensorcost_mock.domain import notification as notification_rules
from tensorcost_mock.domain import report as report_rules
from tensorcost_mock.domain import tenant as tenant_rules
from tensorcost_mock.domain.alert_metrics import Anomaly, FleetSpend, Usage, WorldReads
from tensorcost_mock.events import (
    ActionRequested,
    AuditRecorded,
    CredentialIssued,
    CredentialRevoked,
    Subscription,
    Ticker,
    WebhookRaised,
)
from tensorcost_mock.fixtures import Seeder
from tensorcost_mock.seed import ai as ai_seed
from tensorcost_mock.seed import alert as alert_seed
from tensorcost_mock.seed import cost as cost_seed
from tensorcost_mock.seed import enforcement as enforcement_seed
from tensorcost_mock.seed import gpu as gpu_seed
from tensorcost_mock.seed import identity as identity_seed
from tensorcost_mock.seed import integration as integration_seed
from tensorcost_mock.seed import notification as notification_seed
from tensorcost_mock.seed import report as report_seed
from tensorcost_mock.seed import tenant as tenant_seed
from tensorcost_mock.state import Collection, Record, TenantStore, parse_time

# -- reads across services: each reader's ``Reads``, filled with functions the data's owner provides --

#: What cost reads: gpu's fleet and series, ai's usage feed and recommender, enforcement's queue.
COST_READS = cost_rules.Reads(
    instances=gpu_rules.instances,
    mig_hosts=gpu_rules.mig_hosts,
    series=gpu_rules.series_of,
    idle_report=gpu_rules.idle_report,
    activity_sum=gpu_rules.activity_sum,
    spend_feed=ai_rules.spend_feed,
    ai_recommendations=ai_rules.recommended,
    has_action_queue=enforcement_rules.has_action_queue,
)


def _recommendations(store: TenantStore, now: datetime) -> Collection:
    """cost's recommendations as of ``now``, reading the other services through ``COST_READS``."""
    return cost_rules.recommendations(store, now, COST_READS)


def _savings_ledger(store: TenantStore, now: datetime) -> list[Record]:
    """cost's savings ledger as of ``now`` (built with the recommendations on first use)."""
    return cost_rules.savings_ledger(store, now, COST_READS)


#: What report's exports read: cost's records, budgets, recommendations and ledger; gpu's fleet and
#: series; ai's inference events; alert's alerts; notification's channels.
REPORT_READS = report_rules.Reads(
    cost_records=cost_rules.records_in,
    budget_records=cost_rules.budget_records,
    budgets=cost_rules.budgets,
    recommendations=_recommendations,
    render_budget=cost_rules.render_budget,
    savings_ledger=_savings_ledger,
    instances=gpu_rules.instances,
    gpu_series=gpu_rules.series_of,
    gpu_activity=gpu_rules.activity_sum,
    ai_events=ai_rules.events_between,
    alerts=alert.alerts_of,
    has_channel=notification_rules.has_channel,
)

#: What ai reads: the status cost keeps of the recommendations both list.
AI_READS = ai_rules.Reads(recommendation_status=cost_rules.recommendation_status)

#: What gpu reads: the tenant's default idle threshold.
GPU_READS = gpu_rules.Reads(idle_threshold_pct=tenant_rules.idle_threshold_pct)

#: What alert's handlers read: notification's channels, tenant's members.
ALERT_READS = alert.Reads(
    has_channel=notification_rules.has_channel,
    member_ids_by_email=tenant_rules.member_ids_by_email,
)

#: What integration reads: identity's agent credentials.
INTEGRATION_READS = integration_rules.Reads(credential=identity_rules.credential)

#: Every reader's reads, handed to the runtime (``runtime.reads(domain.cost.Reads)``).
READS: tuple[object, ...] = (COST_READS, REPORT_READS, AI_READS, GPU_READS, ALERT_READS, INTEGRATION_READS)


#: Every service module with handlers (``api/<svc>.py``).
SERVICES: tuple[ModuleType, ...] = (
    auth,
    tenant,
    identity,
    gpu,
    cost,
    ai,
    alert,
    enforcement,
    notification,
    integration,
    report,
)

#: The seeders, in the order they run for a tenant. Seeders draw record ids from one random stream
#: per tenant, so this order fixes every seeded id: a change here changes the ids tests name.
SEEDERS: tuple[Seeder, ...] = (
    gpu_seed.seed_gpu,
    ai_seed.seed_ai,
    notification_seed.seed_notification,
    enforcement_seed.seed_enforcement,
    cost_seed.costs_seeder(COST_READS),
    cost_seed.seed_budgets,
    cost_seed.seed_recommendation_plan,
    alert_seed.seed_alert,
    identity_seed.seed_identity,
    integration_seed.integration_seeder(INTEGRATION_READS, identity_rules.record_audit),
    report_seed.seed_reports,
    tenant_seed.tenant_seeder(identity_rules.record_audit),
)

#: The modules of the services' seeders (``seed/<svc>.py``).
SEED_MODULES: tuple[ModuleType, ...] = (
    ai_seed,
    alert_seed,
    cost_seed,
    enforcement_seed,
    gpu_seed,
    identity_seed,
    integration_seed,
    notification_seed,
    report_seed,
    tenant_seed,
)

#: The one owner of every store key (``store.collection(key)``, ``store.singletons[key]``): only that
#: service's ``api/``, ``domain/`` and ``seed/`` modules name the key; another service reads it through
#: a function the owner provides (``READS``) and changes it through an event (``SUBSCRIPTIONS``).
#: ``tests/mock_server/test_store_ownership.py`` checks every module against this table.
STORE_KEYS: dict[str, str] = {
    # tenant
    "tenant_settings": "tenant",
    "branding": "tenant",
    "members": "tenant",
    # identity
    "sso": "identity",
    "agent_credentials": "identity",
    "audit_events": "identity",
    # gpu
    "gpu_instances": "gpu",
    "gpu_agents": "gpu",
    "gpu_mig_hosts": "gpu",
    "gpu_series": "gpu",
    # ai
    "ai_index": "ai",
    "ai_anomalies": "ai",
    "ai_judged_block": "ai",
    "ai_recommendations": "ai",
    # cost
    "cost_runs": "cost",
    "budget_states": "cost",
    "budget_watch": "cost",
    "cost_window": "cost",
    "cost_days": "cost",
    "cost_begin": "cost",
    "cost_feed": "cost",
    "budgets": "cost",
    "cost_recommendation_plan": "cost",
    "cost_recommendation_meta": "cost",
    "recommendations": "cost",
    "savings_ledger": "cost",
    # alert
    "alert_rules": "alert",
    "alerts": "alert",
    "incidents": "alert",
    "escalation_policies": "alert",
    "alert_evaluated_minute": "alert",
    # enforcement
    "enforcement_actions": "enforcement",
    "enforcement_policies": "enforcement",
    "policy_templates": "enforcement",
    "usage_history": "enforcement",
    # notification
    "notification_channels": "notification",
    "notification_secrets": "notification",
    "webhook_endpoints": "notification",
    # integration
    "connections": "integration",
    "sync_runs": "integration",
    # report
    "scheduled_exports": "report",
}


#: Who reacts to which event (:mod:`tensorcost_mock.events`), in the order they are called.
SUBSCRIPTIONS: tuple[Subscription, ...] = (
    (AuditRecorded, identity_rules.record_audit),
    (WebhookRaised, notification_rules.deliver_webhook),
    (ActionRequested, enforcement_rules.queue_requested_action),
    (CredentialRevoked, identity_rules.revoke_credential),
    (CredentialIssued, identity_rules.issue_credential),
)


def _traffic(store: TenantStore, start: int, end: int, now: int) -> list[Usage]:
    """ai's inference events of ``[start, end)`` seen by ``now``, as alert's rules read them."""
    out = []
    for e in ai_rules.index_of(store).between(start, end, now):
        rec = e.rec
        tokens = sum(ai_rules.tokens_of(e))  # input, cache read, cache write and output
        out.append(
            Usage(
                rec["source"],
                rec["model_id"],
                rec["attribution"],
                e.in_cost + e.out_cost,
                rec["requests"],
                tokens,
            )
        )
    return out


def _fleet_spend(store: TenantStore, start: int, end: int) -> list[FleetSpend]:
    return [FleetSpend(*item) for item in cost_rules.fleet_spend(store, start, end)]


def _budgets(store: TenantStore, now: datetime) -> Mapping[str, Record]:
    return {b["id"]: b for b in cost_rules.budget_states(store, now)}


def _idle(store: TenantStore, instance: Record, now_s: int) -> Record | None:
    """The instance's entry of ``GET /v1/gpu/instances/idle`` with its defaults (the tenant's idle
    threshold, a 24-hour lookback)."""
    series = gpu_rules.series_of(store, instance["id"])
    threshold = tenant_rules.idle_threshold_pct(store)
    return None if series is None else gpu_rules.idle_report(instance, series, now_s, threshold, 24)


def _util(store: TenantStore, instance_id: str, m0: int, m1: int) -> tuple[int, int]:
    series = gpu_rules.series_of(store, instance_id)
    return (0, 0) if series is None else gpu_rules.util_sum(series, m0, m1, m1)


def _util_bounds(store: TenantStore, instance_id: str, m0: int, m1: int) -> tuple[int, int, int]:
    series = gpu_rules.series_of(store, instance_id)
    return (0, 0, 0) if series is None else gpu_rules.util_bounds(series, m0, m1, m1)


def _anomalies(store: TenantStore, start: int, end: int) -> list[Anomaly]:
    return [
        Anomaly(
            a["id"],
            a["title"],
            int(parse_time(a["detected_at"]).timestamp()),
            a["scope"],
            ai_rules.anomaly_score(a),
            Decimal(a["excess_cost"]["amount"]),
        )
        for a in ai_rules.anomalies_detected(store, start, end)
    ]


#: What alert's rules read from ai, cost and gpu, bound into its ticker.
ALERT_SOURCES = WorldReads(
    traffic=_traffic,
    fleet_spend=_fleet_spend,
    budgets=_budgets,
    instances=gpu_rules.instances,
    idle=_idle,
    util=_util,
    util_bounds=_util_bounds,
    budget_spend=cost_rules.budget_scope_spend,
    anomalies=_anomalies,
)


#: The rules of the living world, run in this order for a tenant before each of its requests (at
#: most once per mock second) and for every tenant when the control surface moves the clock.
TICKERS: tuple[Ticker, ...] = (
    ai_rules.detect_anomalies,
    cost_rules.notify_budget_thresholds,
    functools.partial(alert_rules.evaluate_rules, reads=ALERT_SOURCES),
    report_rules.run_due_exports,
)


def routes_of(module: ModuleType) -> dict[str, Handler]:
    """operationId -> handler, for the functions of ``module`` marked with ``@handler``."""
    out: dict[str, Handler] = {}
    for value in vars(module).values():
        if inspect.isfunction(value) and value.__module__ == module.__name__:
            for operation_id in getattr(value, "operation_ids", ()):
                out[operation_id] = value
    return out


def routes(services: tuple[ModuleType, ...] = SERVICES) -> dict[str, Handler]:
    """operationId -> handler over every service; two handlers of one operation are an error."""
    out: dict[str, Handler] = {}
    for module in services:
        for operation_id, fn in routes_of(module).items():
            if operation_id in out:
                raise ValueError(
                    f"Two handlers for {operation_id}: {out[operation_id].__module__} and {module.__name__}"
                )
            out[operation_id] = fn
    return out
