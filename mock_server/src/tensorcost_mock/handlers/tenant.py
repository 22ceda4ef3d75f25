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
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tensorcost_mock.errors import ApiError, conflict
from tensorcost_mock.fixtures import ACME, NIMBUS, Tenant, seeder
from tensorcost_mock.handlers import HandlerContext, Reply, handler
from tensorcost_mock.handlers.identity import (
    append_audit,
    audit,
    hex_id,
    seed_id,
    seeded_members,
    tenant_created_at,
    user_actor,
)
from tensorcost_mock.state import Collection, Record, TenantStore, iso, paginate

#: The engine's rate-limit tiers, as the spec's ``TenantPlan`` names them.
PLAN_OF_TIER = {"standard": "team", "enterprise": "enterprise"}

#: Per tenant slug: (timezone, GPU idle threshold %, branding)
PROFILES: dict[str, tuple[str, int, dict[str, Any]]] = {
    ACME.slug: (
        "America/Los_Angeles",
        10,
        {
            "logo_url": "https://cdn.tensorcost.com/tenants/acme-ai/logo.svg",
            "colors": {"primary": "#0B5FFF", "accent": "#FF7A00"},
            "custom_domain": "finops.acme-ai.com",
            "domain_verified": True,
        },
    ),
    NIMBUS.slug: (
        "Europe/Berlin",
        5,
        {
            "logo_url": "https://cdn.tensorcost.com/tenants/nimbus-robotics/logo.png",
            "colors": {"primary": "#1F2A44", "accent": "#2EC4B6"},
            "custom_domain": "costs.nimbus-robotics.com",
            "domain_verified": False,
        },
    ),
}

#: Branding of a tenant that set none: the TensorCost logo and colours.
DEFAULT_BRANDING = {
    "logo_url": None,
    "colors": {"primary": "#0B5FFF", "accent": "#FF7A00"},
    "custom_domain": None,
    "domain_verified": False,
}

#: A historical role change per tenant slug: (email, days after joining).
ROLE_CHANGES = {
    ACME.slug: ("marco.bianchi@acme-ai.com", 21),
    NIMBUS.slug: ("diego.alvarez@nimbus-robotics.com", 9),
}


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


# -- seed -----------------------------------------------------------------------------------------


@seeder("tenant")
def seed_tenant_service(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
    now = now.astimezone(UTC).replace(microsecond=0)
    timezone, idle_pct, branding = PROFILES.get(tenant.slug, ("UTC", 10, DEFAULT_BRANDING))
    store.singletons["tenant_settings"] = {
        "id": tenant.id,
        "name": tenant.name,
        "slug": tenant.slug,
        "plan": PLAN_OF_TIER.get(tenant.tier, "team"),
        "default_currency": "USD",
        "timezone": timezone,
        "idle_threshold_pct": idle_pct,
        "created_at": iso(tenant_created_at(tenant, now)),
    }
    store.singletons["branding"] = dict(branding)

    members = store.collection("members", kind="member")
    seeded = seeded_members(tenant, now)
    by_user = {m.user.id: m for m in seeded if m.user is not None}
    for m in seeded:
        if m.joined_at is None:
            last_active = None
        elif m.role == "viewer":
            last_active = now - timedelta(days=rng.randint(2, 9), minutes=rng.randint(0, 1439))
        else:
            last_active = now - timedelta(minutes=rng.randint(3, 600), seconds=rng.randint(0, 59))
        members.add(
            {
                "id": m.member_id,
                "user_id": m.user.id if m.user else None,
                "email": m.email,
                "name": m.name,
                "role": m.role,
                "status": "active" if m.joined_at else "invited",
                "invited_at": iso(m.invited_at),
                "joined_at": iso(m.joined_at) if m.joined_at else None,
                "last_active_at": iso(last_active) if last_active else None,
            }
        )
        if m.invited_by is None:
            continue
        inviter = by_user[m.invited_by].user
        assert inviter is not None
        ip = f"203.0.113.{rng.randint(2, 254)}"
        append_audit(
            store,
            event_id=seed_id(store, rng, "aud_"),
            actor=user_actor(tenant.id, inviter),
            action="member.invited",
            target=("member", m.member_id),
            at=m.invited_at,
            request_id=hex_id(rng),
            ip=ip,
        )
        if m.user is not None and m.joined_at is not None:
            append_audit(
                store,
                event_id=seed_id(store, rng, "aud_"),
                actor=user_actor(tenant.id, m.user),
                action="member.invitation_accepted",
                target=("member", m.member_id),
                at=m.joined_at,
                request_id=hex_id(rng),
                ip=f"198.51.100.{rng.randint(2, 254)}",
            )
        if m.user is not None and m.joined_at and ROLE_CHANGES.get(tenant.slug, ("", 0))[0] == m.email:
            append_audit(
                store,
                event_id=seed_id(store, rng, "aud_"),
                actor=user_actor(tenant.id, inviter),
                action="member.role_updated",
                target=("member", m.member_id),
                at=m.joined_at + timedelta(days=ROLE_CHANGES[tenant.slug][1], hours=rng.randint(1, 6)),
                request_id=hex_id(rng),
                ip=ip,
            )


# -- handlers -------------------------------------------------------------------------------------


def members_of(ctx: HandlerContext) -> Collection:
    """The tenant's members, in step with the directory (which holds the users' roles)."""
    coll = ctx.store.collection("members", kind="member")
    tenant_id = ctx.store.tenant_id
    linked = {r["user_id"]: r for r in coll if r["user_id"] is not None}
    for user, role in ctx.runtime.directory.members(tenant_id):
        record = linked.get(user.id)
        if record is None:  # a directory user this tenant's seed did not know
            record = coll.add(
                {
                    "id": ctx.store.new_id("mem_"),
                    "user_id": user.id,
                    "email": user.email,
                    "name": user.name,
                    "role": role,
                    "status": "active",
                    "invited_at": iso(ctx.now),
                    "joined_at": iso(ctx.now),
                    "last_active_at": None,
                }
            )
        record["role"] = role
    return coll


@handler("tenant_get_settings")
def get_settings(ctx: HandlerContext) -> Reply:
    settings = ctx.store.singletons["tenant_settings"]
    tenant = ctx.runtime.directory.tenants[ctx.store.tenant_id]
    return ctx.ok({**settings, "rate_limit_per_minute": ctx.runtime.rate_limiter.limit_for(tenant.tier)})


@handler("tenant_list_members")
def list_members(ctx: HandlerContext) -> Reply:
    records = members_of(ctx).filter(role=ctx.query.get("role"), status=ctx.query.get("status"))
    records.sort(key=lambda r: (r["email"].lower(), r["id"]))
    page, next_cursor = paginate(records, int(ctx.query.get("limit", 100)), ctx.query.get("cursor"))
    return ctx.ok([dict(r) for r in page], next_cursor=next_cursor)


@handler("tenant_invite_member")
def invite_member(ctx: HandlerContext) -> Reply:
    body = ctx.body
    email = body["email"].strip()
    coll = members_of(ctx)
    existing = next((r for r in coll if r["email"].lower() == email.lower()), None)
    if existing is not None:
        raise conflict(
            "DUPLICATE",
            f"{email} is already a member of this tenant ({existing['status']}, {existing['id']})",
        )
    record: Record = coll.add(
        {
            "id": ctx.store.new_id("mem_"),
            "user_id": None,
            "email": email,
            "name": body.get("name"),
            "role": body["role"],
            "status": "invited",
            "invited_at": iso(ctx.now),
            "joined_at": None,
            "last_active_at": None,
        }
    )
    audit(ctx, "member.invited", "member", record["id"])
    return ctx.created(dict(record))


@handler("tenant_update_member_role")
def update_member_role(ctx: HandlerContext) -> Reply:
    coll = members_of(ctx)
    record = coll.require(ctx.path["id"])
    role = ctx.body["role"]
    assert ctx.principal is not None
    if "owner" in (role, record["role"]) and ctx.principal.role != "owner":
        raise ApiError(403, "FORBIDDEN", "Only an owner grants or removes the role owner")
    if record["role"] == role:
        return ctx.ok(dict(record))
    if record["role"] == "owner" and record["status"] == "active":
        owners = coll.filter(lambda r: r is not record, role="owner", status="active")
        if not owners:
            raise conflict(
                "INVALID_STATE_TRANSITION",
                f"{record['email']} is the tenant's only active owner; make another member owner first",
            )
    if record["user_id"] == ctx.principal.user.id:
        raise ApiError(403, "FORBIDDEN", "Nobody changes their own role; ask another owner")
    record["role"] = role
    user = ctx.runtime.directory.users.get(record["user_id"]) if record["user_id"] is not None else None
    if user is not None and ctx.store.tenant_id in user.memberships:
        user.memberships[ctx.store.tenant_id] = role  # the role of the user's next request and token
    audit(ctx, "member.role_updated", "member", record["id"])
    return ctx.ok(dict(record))


@handler("tenant_get_branding")
def get_branding(ctx: HandlerContext) -> Reply:
    return ctx.ok(dict(ctx.store.singletons["branding"]))


@handler("tenant_get_feature_flags")
def get_feature_flags(ctx: HandlerContext) -> Reply:
    assert ctx.principal is not None
    tenant = ctx.principal.tenant
    plan = ctx.store.singletons["tenant_settings"]["plan"]
    user = ctx.principal.user
    return ctx.ok(
        [evaluate(f, tenant, plan, user.id, user.email) for f in sorted(FLAGS, key=lambda f: f.key)]
    )
