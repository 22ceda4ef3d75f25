"""tenant's seed: settings, branding, invitations and the audit history of member changes."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from tensorcost_mock.domain.common import ALPHABET, hex_id
from tensorcost_mock.domain.identity import seeded_members, tenant_created_at
from tensorcost_mock.events import AuditRecorded
from tensorcost_mock.fixtures import ACME, NIMBUS, Seeder, Tenant, User, seeder
from tensorcost_mock.state import TenantStore, iso, random_id

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


def tenant_seeder(record_audit: Callable[[AuditRecorded], None]) -> Seeder:
    """tenant's seeder; the audit history of member changes goes to ``record_audit`` (identity's
    subscriber to :class:`AuditRecorded`, handed in by the registry), which keeps the audit trail."""

    @seeder("tenant")
    def seed_tenant_service(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
        _seed(store, tenant, rng, now, record_audit)

    return seed_tenant_service


def _seed(
    store: TenantStore,
    tenant: Tenant,
    rng: random.Random,
    now: datetime,
    record_audit: Callable[[AuditRecorded], None],
) -> None:
    def audit(
        *,
        event_id: str,
        actor: User,
        action: str,
        target: tuple[str, str],
        at: datetime,
        request_id: str,
        ip: str,
    ) -> None:
        record_audit(AuditRecorded(store, actor, action, target, at, request_id, ip, event_id=event_id))

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
        audit(
            event_id=random_id(rng, "aud_", alphabet=ALPHABET, taken=store),
            actor=inviter,
            action="member.invited",
            target=("member", m.member_id),
            at=m.invited_at,
            request_id=hex_id(rng),
            ip=ip,
        )
        if m.user is not None and m.joined_at is not None:
            audit(
                event_id=random_id(rng, "aud_", alphabet=ALPHABET, taken=store),
                actor=m.user,
                action="member.invitation_accepted",
                target=("member", m.member_id),
                at=m.joined_at,
                request_id=hex_id(rng),
                ip=f"198.51.100.{rng.randint(2, 254)}",
            )
        if m.user is not None and m.joined_at and ROLE_CHANGES.get(tenant.slug, ("", 0))[0] == m.email:
            audit(
                event_id=random_id(rng, "aud_", alphabet=ALPHABET, taken=store),
                actor=inviter,
                action="member.role_updated",
                target=("member", m.member_id),
                at=m.joined_at + timedelta(days=ROLE_CHANGES[tenant.slug][1], hours=rng.randint(1, 6)),
                request_id=hex_id(rng),
                ip=ip,
            )
