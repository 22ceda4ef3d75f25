"""identity's seed: each tenant's SSO configuration, agent credentials and 60 days of audit trail."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime, timedelta
from typing import Any

from tensorcost_mock.domain.common import ALPHABET, hex_id
from tensorcost_mock.domain.identity import (
    agent_key_id,
    append_audit,
    seeded_members,
    system_actor,
    tenant_created_at,
    user_actor,
)
from tensorcost_mock.fixtures import ACME, NIMBUS, Tenant, seeder
from tensorcost_mock.state import TenantStore, iso, random_id

#: Days of seeded login and token-refresh history.
AUDIT_DAYS = 60


#: Per tenant slug: (name, scopes, created days ago, expires in days or None, revoked days ago or
#: None, last used minutes ago or None). Names with a fixed key id are listed in KEY_IDS.
CREDENTIALS = {
    ACME.slug: (
        ("gpu-agent us-west-2 training-prod", ["gpu:write"], 128, None, None, 1),
        ("gpu-agent us-east-1 batch (decommissioned)", ["gpu:write"], 121, None, 74, None),
        ("ai-gateway prod event reporter", ["ai:write"], 118, None, None, 0),
        ("leaked key, replaced 2026-10", ["ai:write", "cost:read"], 96, None, 51, None),
        ("grafana cost dashboards", ["cost:read", "gpu:read", "ai:read"], 88, 277, None, 4),
        ("gpu-agent us-west-2 inference cluster", ["gpu:write"], 41, 324, None, 2),
        ("ci spend gate (github actions)", ["cost:read", "alert:read"], 19, 20, None, 183),
        ("notebook sandbox read-only", ["cost:read", "ai:read"], 3, 27, None, None),
    ),
    NIMBUS.slug: (
        ("gpu-agent dgx-muc-pod-00 (retired)", ["gpu:write"], 390, None, 160, None),
        ("gpu-agent dgx-muc-pod-01", ["gpu:write"], 251, None, None, 1),
        ("gpu-agent eks-euc1-sim", ["gpu:write"], 173, None, None, 1),
        ("ros2 fleet telemetry bridge", ["ai:write"], 140, None, None, 0),
        ("looker finops export", ["cost:read", "report:read"], 97, 268, None, 610),
        ("enforcement webhook relay", ["enforcement:read", "alert:read"], 33, None, None, 47),
    ),
}


def sso_config(tenant: Tenant, rng: random.Random, now: datetime) -> dict[str, Any]:
    updated = tenant_created_at(tenant, now) + timedelta(days=12, hours=3, minutes=43, seconds=27)
    if tenant.id == ACME.id:
        app_id = "exk8a2b3c4d5E6f7G8h9"
        fingerprint = ":".join(f"{rng.getrandbits(8):02X}" for _ in range(32))
        provider: dict[str, Any] = {
            "protocol": "saml",
            "idp_entity_id": f"http://www.okta.com/{app_id}",
            "sso_url": f"https://acme-ai.okta.com/app/acme-ai_tensorcost_1/{app_id}/sso/saml",
            "certificate_fingerprint": fingerprint,
            "certificate_expires_at": iso(
                (updated + timedelta(days=730)).replace(hour=23, minute=59, second=59)
            ),
            "sp_entity_id": "urn:amazon:cognito:sp:us-east-1_Ab12Cd34E",
            "acs_url": "https://auth.tensorcost.com/saml2/idpresponse",
            "name_id_format": "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
        }
        domains, default_role = ["acme-ai.com", "acme-ai.co.uk"], "viewer"
    else:
        provider = {
            "protocol": "oidc",
            "issuer": "https://login.microsoftonline.com/5d9b2c7e-41f3-4a8d-b6e0-93c1f7a24e58/v2.0",
            "client_id": "c3a7f1e9-28d4-4b6a-9e05-7d1b3f8a2c64",
            "scopes": ["openid", "email", "profile", "offline_access"],
            "redirect_uri": "https://auth.tensorcost.com/oidc/callback",
            "has_client_secret": True,
        }
        domains, default_role = ["nimbus-robotics.com"], "engineer"
    # Password login stays allowed: the mock's seeded users sign in with passwords.
    return {
        "protocol": provider["protocol"],
        "provider": provider,
        "enforce_sso": False,
        "allowed_domains": domains,
        "default_role": default_role,
        "updated_at": iso(updated),
        "_at": updated,
    }


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"2001:db8:{rng.randrange(0x10000):x}:{rng.randrange(0x10000):x}::{rng.randrange(1, 0x100):x}"
    return f"{rng.choice(('203.0.113', '198.51.100', '192.0.2'))}.{rng.randint(2, 254)}"


@seeder("identity")
def seed_identity(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
    now = now.astimezone(UTC).replace(microsecond=0)
    members = seeded_members(tenant, now)
    admins = [m for m in members if m.user is not None and m.role in ("owner", "admin")]
    sso = sso_config(tenant, rng, now)
    store.singletons["sso"] = sso

    def add(
        actor: dict[str, Any],
        action: str,
        target: tuple[str, str],
        at: datetime,
        ip: str | None,
        outcome: str = "success",
    ) -> None:
        append_audit(
            store,
            event_id=random_id(rng, "aud_", alphabet=ALPHABET, taken=store),
            actor=actor,
            action=action,
            target=target,
            at=at,
            request_id=hex_id(rng),
            ip=ip,
            outcome=outcome,
        )

    owner = admins[0].user
    assert owner is not None
    add(user_actor(tenant.id, owner), "sso.config_updated", ("sso_config", tenant.slug), sso["_at"], _ip(rng))

    creds = store.collection("agent_credentials", kind="agent credential")
    for name, scopes, age, expires_in, revoked_ago, used_ago in CREDENTIALS.get(tenant.slug, ()):
        created = (now - timedelta(days=age, hours=rng.randint(0, 9), minutes=rng.randint(0, 59))).replace(
            second=rng.randint(0, 59)
        )
        revoked = (
            now - timedelta(days=revoked_ago, minutes=rng.randint(0, 600))
            if revoked_ago is not None
            else None
        )
        if revoked is not None:
            last_used: datetime | None = revoked - timedelta(minutes=rng.randint(5, 300))
        elif used_ago is not None:
            last_used = now - timedelta(minutes=used_ago, seconds=rng.randint(0, 59))
        else:
            last_used = None
        key_id = agent_key_id(tenant, name)
        creds.add(
            {
                "key_id": key_id,
                "id": key_id,
                "name": name,
                "algorithm": "HMAC-SHA256",
                "scopes": list(scopes),
                "status": "revoked" if revoked else "active",
                "created_at": iso(created),
                "expires_at": iso(
                    (created + timedelta(days=age + expires_in)).replace(hour=0, minute=0, second=0)
                )
                if expires_in is not None
                else None,
                "last_used_at": iso(last_used) if last_used else None,
                "revoked_at": iso(revoked) if revoked else None,
                "_secret_sha256": hashlib.sha256(f"{tenant.id}:{name}".encode()).hexdigest(),
            }
        )
        creator = rng.choice(admins).user
        assert creator is not None
        add(
            user_actor(tenant.id, creator),
            "agent_credential.created",
            ("agent_credential", key_id),
            created,
            _ip(rng),
        )
        if revoked is not None:
            revoker = rng.choice(admins).user
            assert revoker is not None
            add(
                user_actor(tenant.id, revoker),
                "agent_credential.revoked",
                ("agent_credential", key_id),
                revoked,
                _ip(rng),
            )
            for _ in range(rng.randint(2, 6)):  # agents still signing with the revoked key
                at = revoked + timedelta(minutes=rng.randint(1, 2880))
                if at >= now:
                    continue
                add(
                    {"type": "agent", "id": key_id, "email": None},
                    "agent_credential.signature_rejected",
                    ("agent_credential", key_id),
                    at,
                    f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    "failure",
                )

    # Sign-ins and token refreshes of the active members, and refused sign-ins.
    first_day = (now - timedelta(days=AUDIT_DAYS)).replace(hour=0, minute=0, second=0)
    ips = {m.member_id: _ip(rng) for m in members}
    unknown = [f"{n}@{tenant.slug}.com" for n in ("dev.patel", "admin", "j.smith", "finance")]
    for day in range(AUDIT_DAYS + 1):
        start = first_day + timedelta(days=day)
        weekend = start.weekday() >= 5
        for m in members:
            if m.user is None or m.joined_at is None or rng.random() > (0.15 if weekend else 0.8):
                continue
            at = start + timedelta(
                hours=rng.randint(13, 17), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)
            )
            if at <= m.joined_at or at >= now:
                continue
            actor = user_actor(tenant.id, m.user)
            ip = ips[m.member_id] if rng.random() < 0.85 else _ip(rng)
            add(actor, "auth.login", ("user", str(m.user.id)), at, ip)
            for _ in range(rng.randint(0, 4)):
                at += timedelta(minutes=15, seconds=rng.randint(0, 40))
                if at < now:
                    add(actor, "auth.token_refreshed", ("user", str(m.user.id)), at, ip)
        if rng.random() < 0.35:
            known = [m.email for m in members if m.user is not None]
            tried = rng.choice(unknown + known)
            at = start + timedelta(
                hours=rng.randint(0, 23), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)
            )
            if at < now:
                add(system_actor("identity-service"), "auth.login", ("user", tried), at, _ip(rng), "failure")
