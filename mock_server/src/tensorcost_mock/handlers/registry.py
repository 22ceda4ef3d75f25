"""The one list of service modules, their handlers, the order their seeders run in, who
subscribes to which event, what a service reads of another, and the rules of the living world.

Nothing registers itself on import: the server asks :func:`routes` for the handler of every
operation, collected from the ``api/<svc>.py`` modules in ``SERVICES``, and hands ``SEEDERS``,
``SUBSCRIPTIONS``, ``TICKERS``, ``REPORT_SOURCES`` and ``COST_SOURCES`` to the runtime. Services import no other
service: an effect in another service is an event (``SUBSCRIPTIONS``), a read of another service's
data a plain function handed in here (``REPORT_SOURCES``, ``COST_SOURCES``, ``ALERT_SOURCES``)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Mapping
from datetime import datetime
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
from tensorcost_mock.domain import notification as notification_rules
from tensorcost_mock.domain import report as report_rules
from tensorcost_mock.domain.alert_metrics import FleetSpend, Usage, WorldReads
from tensorcost_mock.domain.report import Sources
from tensorcost_mock.events import ActionRequested, AuditRecorded, Subscription, Ticker, WebhookRaised
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
from tensorcost_mock.state import Collection, Record, TenantStore

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
    cost_seed.seed_costs,
    cost_seed.seed_budgets,
    cost_seed.seed_recommendation_plan,
    alert_seed.seed_alert,
    identity_seed.seed_identity,
    integration_seed.seed_integration,
    report_seed.seed_reports,
    tenant_seed.seed_tenant_service,
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

#: Who reacts to which event (:mod:`tensorcost_mock.events`), in the order they are called.
SUBSCRIPTIONS: tuple[Subscription, ...] = (
    (AuditRecorded, identity_rules.record_audit),
    (WebhookRaised, notification_rules.deliver_webhook),
    (ActionRequested, enforcement_rules.queue_requested_action),
)


def _traffic(store: TenantStore, start: int, end: int, now: int) -> list[Usage]:
    """ai's inference events of ``[start, end)`` seen by ``now``, as alert's rules read them."""
    out = []
    for e in ai_rules.index_of(store).between(start, end, now):
        rec = e.rec
        u = rec["usage"]
        tokens = (
            u["input_tokens"]
            + u["cache_read_input_tokens"]
            + u["cache_write_input_tokens"]
            + u["output_tokens"]
        )
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


def _instances(store: TenantStore) -> list[Record]:
    return list(store.collection("gpu_instances"))


def _idle(store: TenantStore, instance: Record, now_s: int) -> Record | None:
    """The instance's entry of ``GET /v1/gpu/instances/idle`` with its defaults (the tenant's idle
    threshold, a 24-hour lookback)."""
    series = gpu_rules.series_of(store, instance["id"])
    threshold = float(store.singletons["tenant_settings"]["idle_threshold_pct"])
    return None if series is None else gpu_rules.idle_report(instance, series, now_s, threshold, 24)


def _util(store: TenantStore, instance_id: str, m0: int, m1: int) -> tuple[int, int]:
    series = gpu_rules.series_of(store, instance_id)
    return (0, 0) if series is None else gpu_rules.util_sum(series, m0, m1, m1)


def _util_bounds(store: TenantStore, instance_id: str, m0: int, m1: int) -> tuple[int, int, int]:
    series = gpu_rules.series_of(store, instance_id)
    return (0, 0, 0) if series is None else gpu_rules.util_bounds(series, m0, m1, m1)


#: What alert's rules read from ai, cost and gpu, bound into its ticker.
ALERT_SOURCES = WorldReads(
    traffic=_traffic,
    fleet_spend=_fleet_spend,
    budgets=_budgets,
    instances=_instances,
    idle=_idle,
    util=_util,
    util_bounds=_util_bounds,
)


#: The rules of the living world, run in this order for a tenant before each of its requests (at
#: most once per mock second) and for every tenant when the control surface moves the clock.
TICKERS: tuple[Ticker, ...] = (
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


#: What cost's recommendations read from gpu, handed to cost through the runtime.
COST_SOURCES = cost_rules.FleetReads(
    series=gpu_rules.series_of,
    idle_report=gpu_rules.idle_report,
    activity_sum=gpu_rules.activity_sum,
)


def _recommendations(store: TenantStore, now: datetime) -> Collection:
    """cost's recommendations as of ``now``, reading the fleet through ``COST_SOURCES``."""
    return cost_rules.recommendations(store, now, COST_SOURCES)


#: What report's exports read from cost and gpu, handed to report through the runtime.
REPORT_SOURCES = Sources(
    cost_records=cost_rules.records_in,
    budget_records=cost_rules.budget_records,
    recommendations=_recommendations,
    render_budget=cost_rules.render_budget,
    gpu_activity=gpu_rules.activity_sum,
)
