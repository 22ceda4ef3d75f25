"""The one list of service modules, their handlers and the order their seeders run in.

Nothing registers itself on import: the server asks :func:`routes` for the handler of every
operation, collected from the modules in ``SERVICES``, and hands ``SEEDERS`` to the runtime.
"""

from __future__ import annotations

import inspect
from types import ModuleType

from tensorcost_mock.fixtures import Seeder
from tensorcost_mock.handlers import (
    Handler,
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

#: Every service module with handlers.
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
    gpu.seed_gpu,
    ai.seed_ai,
    notification.seed_notification,
    enforcement.seed_enforcement,
    cost.seed_costs,
    cost.seed_budgets,
    cost.seed_recommendation_plan,
    alert.seed_alert,
    identity.seed_identity,
    integration.seed_integration,
    report.seed_reports,
    tenant.seed_tenant_service,
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
