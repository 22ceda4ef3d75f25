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
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tensorcost_mock.errors import ApiError, conflict
from tensorcost_mock.fixtures import ACME, NIMBUS, Tenant, User
from tensorcost_mock.state import Collection, Record, TenantStore, iso


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


def change_role(members: Collection, record: Record, role: str, *, by_role: str, by_user_id: int) -> bool:
    """Give the member ``record`` the ``role``, by a caller with ``by_role``; False if it has it already.

    Only an owner grants or removes owner (403), the tenant's last active owner stays (409), and
    nobody changes their own role (403).
    """
    if "owner" in (role, record["role"]) and by_role != "owner":
        raise ApiError(403, "FORBIDDEN", "Only an owner grants or removes the role owner")
    if record["role"] == role:
        return False
    if record["role"] == "owner" and record["status"] == "active":
        owners = members.filter(lambda r: r is not record, role="owner", status="active")
        if not owners:
            raise conflict(
                "INVALID_STATE_TRANSITION",
                f"{record['email']} is the tenant's only active owner; make another member owner first",
            )
    if record["user_id"] == by_user_id:
        raise ApiError(403, "FORBIDDEN", "Nobody changes their own role; ask another owner")
    record["role"] = role
    return True


def invite(members: Collection, store: TenantStore, body: Record, now: datetime) -> Record:
    """A pending invitation from the request ``body``; 409 ``DUPLICATE`` for an email already a member (any case)."""
    email = body["email"].strip()
    existing = next((r for r in members if r["email"].lower() == email.lower()), None)
    if existing is not None:
        raise conflict(
            "DUPLICATE",
            f"{email} is already a member of this tenant ({existing['status']}, {existing['id']})",
        )
    record: Record = members.add(
        {
            "id": store.new_id("mem_"),
            "user_id": None,
            "email": email,
            "name": body.get("name"),
            "role": body["role"],
            "status": "invited",
            "invited_at": iso(now),
            "joined_at": None,
            "last_active_at": None,
        }
    )
    return record


def sync_members(
    store: TenantStore, directory_members: Iterable[tuple[User, str]], now: datetime
) -> Collection:
    """The tenant's ``members`` collection, in step with the directory's ``(user, role)`` pairs
    (the directory holds the users' roles; a user the seed did not know is added as active)."""
    coll = store.collection("members", kind="member")
    linked = {r["user_id"]: r for r in coll if r["user_id"] is not None}
    for user, role in directory_members:
        record = linked.get(user.id)
        if record is None:  # a directory user this tenant's seed did not know
            record = coll.add(
                {
                    "id": store.new_id("mem_"),
                    "user_id": user.id,
                    "email": user.email,
                    "name": user.name,
                    "role": role,
                    "status": "active",
                    "invited_at": iso(now),
                    "joined_at": iso(now),
                    "last_active_at": None,
                }
            )
        record["role"] = role
    return coll


def idle_threshold_pct(store: TenantStore) -> float:
    """The tenant's default idle threshold (its settings' ``idle_threshold_pct``), for gpu's idle detection."""
    return float(store.singletons["tenant_settings"]["idle_threshold_pct"])


def member_ids_by_email(store: TenantStore) -> dict[str, str]:
    """Member id by lower-cased email, for the services that name members (alert's escalation targets)."""
    return {str(m["email"]).lower(): str(m["id"]) for m in store.collection("members", kind="member")}
