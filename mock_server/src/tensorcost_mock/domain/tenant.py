"""tenant: settings, members and roles, branding and feature flags.

Members are the mock's directory users of the tenant (``ctx.runtime.directory``; the directory is
the source of truth for their roles, so a role change here is the role of the user's next
request and of every token minted afterwards) plus invitations, which live only in the tenant's
``members`` collection until accepted. Records are the spec's ``Member``.

Singletons: ``tenant_settings`` (the spec's ``TenantSettings`` without the rate limit, which is
read from the mock's rate limiter so that it always equals ``X-RateLimit-Limit``) and
``branding``. Feature flags are evaluated per request for the calling user from :data:`FLAGS`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from tensorcost_mock.fixtures import ACME, NIMBUS, Tenant


@dataclass(frozen=True)
class Flag:
    """A feature flag: its default, then plan, rollout, tenant and user overrides (last wins)."""

    key: str
    default: tuple[bool, Any]
    plans: dict[str, tuple[bool, Any]] = field(default_factory=dict)
    rollout_pct: int | None = None
    tenants: dict[str, tuple[bool, Any]] = field(default_factory=dict)
    users: dict[tuple[str, str], tuple[bool, Any]] = field(default_factory=dict)


FLAGS = (
    Flag("ai.prompt_cache_recommender", (True, None)),
    Flag(
        "ai.provisioned_throughput_recommender",
        (False, None),
        plans={"enterprise": (True, None)},
        tenants={ACME.slug: (True, None)},
    ),
    Flag("console.cost_explorer_v2", (False, None), rollout_pct=40),
    Flag("cost.forecast_max_horizon_days", (True, 90)),
    Flag("enforcement.auto_approve_actions", (False, None), tenants={NIMBUS.slug: (False, None)}),
    Flag("gpu.mig_recommendations", (False, None), plans={"team": (True, None), "enterprise": (True, None)}),
    Flag("identity.scim_provisioning", (False, None), plans={"enterprise": (True, None)}),
    Flag(
        "report.pdf_theme",
        (True, "light"),
        users={
            (ACME.slug, "ana.ruiz@acme-ai.com"): (True, "dark"),
            (NIMBUS.slug, "hana.sato@nimbus-robotics.com"): (True, "high_contrast"),
        },
    ),
    Flag("report.scheduled_exports_max", (True, 10), plans={"enterprise": (True, 100)}),
)


def _in_rollout(flag: Flag, tenant_id: str, user_id: int) -> bool:
    digest = hashlib.sha256(f"{flag.key}:{tenant_id}:{user_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % 100 < (flag.rollout_pct or 0)


def evaluate(flag: Flag, tenant: Tenant, plan: str, user_id: int, email: str) -> dict[str, Any]:
    (enabled, value), source = flag.default, "default"
    if plan in flag.plans:
        (enabled, value), source = flag.plans[plan], "plan"
    if flag.rollout_pct is not None and _in_rollout(flag, tenant.id, user_id):
        (enabled, value), source = (True, value), "rollout"
    if tenant.slug in flag.tenants:
        (enabled, value), source = flag.tenants[tenant.slug], "tenant"
    if (tenant.slug, email) in flag.users:
        (enabled, value), source = flag.users[(tenant.slug, email)], "user"
    return {"key": flag.key, "enabled": enabled, "value": value, "source": source}
