"""identity: SSO configuration, agent HMAC credentials and the identity audit trail.

Also the helpers the tenant and integration modules share: stable member ids, the seeded
memberships (from the mock's user directory plus pending invitations), and ``audit()``, which
appends an event for every write so that ``identity_list_audit_events`` shows it afterwards.

Collections and singletons of a tenant:

- ``agent_credentials``: ``key_id``, ``name``, ``algorithm``, ``scopes``, ``status``,
  ``created_at``, ``expires_at``, ``last_used_at``, ``revoked_at`` (ISO strings) and the private
  ``_secret_sha256`` (the plaintext secret is never stored, only sent once by the create call).
- ``audit_events``: the spec's ``AuditEvent`` plus private ``_at`` (datetime) and ``_seq``.
- ``singletons["sso"]``: the spec's ``SsoConfig``.

Private fields start with ``_`` and are dropped by :func:`public` before a record is sent.
"""

from __future__ import annotations

import hashlib
import random
import secrets
import string
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tensorcost_mock.errors import conflict, not_found
from tensorcost_mock.fixtures import ACME, NIMBUS, Tenant, User, seed_users, seeder
from tensorcost_mock.handlers import HandlerContext, Reply, handler, query_window
from tensorcost_mock.state import Record, TenantStore, iso, paginate, parse_time

_ALPHABET = string.digits + string.ascii_letters
#: Audit ``ip`` of a live request whose peer the server does not know (``ctx.client_ip`` is None).
CLIENT_IP = "127.0.0.1"
#: Days of seeded login and token-refresh history.
AUDIT_DAYS = 60
#: Age of each tenant at the mock's epoch, by slug.
TENANT_AGE_DAYS = {ACME.slug: 147, NIMBUS.slug: 412}
#: Member ids that the spec's examples use, so that its examples work against the mock.
EXAMPLE_MEMBER_IDS: dict[tuple[str, int], str] = {
    (ACME.id, 1): "mem_6Yh2Kp9Qx4Lw",
    (ACME.id, 3): "mem_3Rt8Nc5Vb1Zm",
}


# -- ids, records, time -------------------------------------------------------------------------


def stable_id(prefix: str, *parts: object, length: int = 12) -> str:
    """An id derived from ``parts`` only (the same in every seed), e.g. a member's id."""
    n = int.from_bytes(hashlib.sha256(":".join(map(str, parts)).encode()).digest(), "big")
    chars = []
    for _ in range(length):
        n, r = divmod(n, 62)
        chars.append(_ALPHABET[r])
    return prefix + "".join(chars)


def seed_id(store: TenantStore, rng: random.Random, prefix: str, length: int = 12) -> str:
    """A fresh id drawn from a seeder's own ``rng`` (so other services' seeders do not shift it)."""
    while True:
        ident = prefix + "".join(rng.choice(_ALPHABET) for _ in range(length))
        if not any(ident in c for c in store.collections.values()):
            return ident


def public(record: Record) -> Record:
    """The record without its private ``_`` fields, as the spec's schema has it."""
    return {k: v for k, v in record.items() if not k.startswith("_")}


def hex_id(rng: random.Random) -> str:
    """A request id like the server's ``X-Request-Id`` (32 hex digits)."""
    return f"{rng.getrandbits(128):032x}"


def tenant_created_at(tenant: Tenant, now: datetime) -> datetime:
    day = now.astimezone(UTC) - timedelta(days=TENANT_AGE_DAYS.get(tenant.slug, 120))
    return day.replace(hour=16, minute=20, second=0, microsecond=0)


def in_window(ctx: HandlerContext) -> tuple[datetime, datetime | None]:
    """``start``/``end`` as the spec's WindowStart/WindowEnd define them (start defaults to the
    start of the month). Without ``end`` there is no upper bound, so what happened at this very
    instant (a write just now, on a frozen clock) is listed too."""
    if ctx.query.get("end"):
        return query_window(ctx)  # also refuses start >= end
    start = ctx.query.get("start")
    if start:
        return parse_time(start), None
    return ctx.now.astimezone(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0), None


def within(t: datetime, window: tuple[datetime, datetime | None]) -> bool:
    start, end = window
    return start <= t and (end is None or t < end)


# -- memberships --------------------------------------------------------------------------------


def member_id_for(tenant_id: str, key: int | str) -> str:
    """The member id of a directory user (``key`` = user id) or a seeded invitation (email)."""
    fixed = EXAMPLE_MEMBER_IDS.get((tenant_id, key)) if isinstance(key, int) else None
    return fixed or stable_id("mem_", tenant_id, key)


@dataclass(frozen=True)
class SeededMember:
    member_id: str
    user: User | None  # None for an invitation not yet accepted
    email: str
    name: str | None
    role: str
    invited_at: datetime
    joined_at: datetime | None
    invited_by: int | None  # user id of the inviter; None for the founding owner


#: Pending invitations per tenant slug: (email, name, role, days ago).
INVITATIONS = {
    ACME.slug: (
        ("grace.kim@acme-ai.com", None, "finops_analyst", 9),
        ("tomas.novak@acme-ai.com", "Tomas Novak", "engineer", 2),
    ),
    NIMBUS.slug: (
        ("ines.moreau@nimbus-robotics.com", None, "engineer", 6),
        ("omar.haddad@nimbus-robotics.com", "Omar Haddad", "admin", 1),
    ),
}


def seeded_members(tenant: Tenant, now: datetime) -> list[SeededMember]:
    """The tenant's members at the epoch: every directory user of the tenant (active, role from
    the directory) and the pending invitations. Deterministic and the same for every seed."""
    rng = random.Random(f"{tenant.id}:members")
    created = tenant_created_at(tenant, now)
    users = [u for u in seed_users() if tenant.id in u.memberships]
    founder = next((u for u in users if u.memberships[tenant.id] == "owner"), users[0])
    inviter = founder.id
    out = [
        SeededMember(
            member_id_for(tenant.id, founder.id),
            founder,
            founder.email,
            founder.name,
            founder.memberships[tenant.id],
            created,
            created,
            None,
        )
    ]
    span = max((now - created).days - 30, 10)
    for i, user in enumerate(u for u in users if u is not founder):
        invited = created + timedelta(
            days=2 + i * span // max(len(users), 1),
            hours=rng.randint(0, 6),
            minutes=rng.randint(0, 59),
            seconds=rng.randint(0, 59),
        )
        joined = invited + timedelta(hours=rng.randint(1, 20), minutes=rng.randint(0, 59))
        out.append(
            SeededMember(
                member_id_for(tenant.id, user.id),
                user,
                user.email,
                user.name,
                user.memberships[tenant.id],
                invited,
                joined,
                inviter,
            )
        )
    admins = [m.user.id for m in out if m.user and m.role in ("owner", "admin")]
    for email, name, role, days in INVITATIONS.get(tenant.slug, ()):
        invited = (now - timedelta(days=days)).replace(microsecond=0) - timedelta(
            hours=rng.randint(1, 8), minutes=rng.randint(0, 59)
        )
        out.append(
            SeededMember(
                member_id_for(tenant.id, email),
                None,
                email,
                name,
                role,
                invited,
                None,
                admins[-1] if admins else inviter,
            )
        )
    return out


# -- audit trail --------------------------------------------------------------------------------


def user_actor(tenant_id: str, user: User) -> dict[str, Any]:
    return {"type": "user", "id": member_id_for(tenant_id, user.id), "email": user.email}


def system_actor(service: str) -> dict[str, Any]:
    return {"type": "system", "id": service, "email": None}


def append_audit(
    store: TenantStore,
    *,
    event_id: str,
    actor: dict[str, Any],
    action: str,
    target: tuple[str, str],
    at: datetime,
    request_id: str,
    ip: str | None,
    outcome: str = "success",
) -> Record:
    events = store.collection("audit_events", kind="audit event")
    at = at.astimezone(UTC).replace(microsecond=0)
    return events.add(
        {
            "id": event_id,
            "actor": actor,
            "action": action,
            "target": {"type": target[0], "id": target[1]},
            "outcome": outcome,
            "request_id": request_id,
            "ip": ip,
            "occurred_at": iso(at),
            "_at": at,
            "_seq": len(events),
        }
    )


def audit(ctx: HandlerContext, action: str, target_type: str, target_id: str) -> Record:
    """Record a successful write of the calling user (request id = this request's trace id)."""
    assert ctx.principal is not None
    return append_audit(
        ctx.store,
        event_id=ctx.store.new_id("aud_"),
        actor=user_actor(ctx.store.tenant_id, ctx.principal.user),
        action=action,
        target=(target_type, target_id),
        at=ctx.now,
        request_id=ctx.trace_id,
        ip=ctx.client_ip or CLIENT_IP,
    )


# -- seed -----------------------------------------------------------------------------------------

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
#: Credentials whose key id is fixed: linked from a GPU-agent connection, or the spec's example.
KEY_IDS = {(ACME.id, "gpu-agent us-west-2 inference cluster"): "key_2Hx7Rm4Tq9Vb"}


def agent_key_id(tenant: Tenant, name: str) -> str:
    """The key id of a seeded credential (integration links its GPU-agent connections by it)."""
    return KEY_IDS.get((tenant.id, name)) or stable_id("key_", tenant.id, name)


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
            event_id=seed_id(store, rng, "aud_"),
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


# -- handlers -------------------------------------------------------------------------------------


@handler("identity_get_sso_config")
def get_sso_config(ctx: HandlerContext) -> Reply:
    return ctx.ok(public(ctx.store.singletons["sso"]))


def _secret() -> str:
    return "tcsk_" + "".join(secrets.choice(_ALPHABET) for _ in range(44))


@handler("identity_create_agent_credential")
def create_agent_credential(ctx: HandlerContext) -> Reply:
    body = ctx.body
    expires = body.get("expires_at")
    creds = ctx.store.collection("agent_credentials", kind="agent credential")
    if creds.filter(name=body["name"], status="active"):
        raise conflict(
            "DUPLICATE",
            f"An active agent credential named {body['name']!r} exists; "
            "revoke it first or choose another name",
        )
    secret = _secret()
    key_id = ctx.store.new_id("key_")
    record = creds.add(
        {
            "key_id": key_id,
            "id": key_id,
            "name": body["name"],
            "algorithm": "HMAC-SHA256",
            "scopes": list(body["scopes"]),
            "status": "active",
            "created_at": iso(ctx.now),
            "expires_at": iso(parse_time(expires)) if expires else None,
            "last_used_at": None,
            "revoked_at": None,
            "_secret_sha256": hashlib.sha256(secret.encode()).hexdigest(),
        }
    )
    audit(ctx, "agent_credential.created", "agent_credential", key_id)
    data = public(record)
    del data["id"], data["last_used_at"], data["revoked_at"]
    return ctx.created({**data, "secret": secret})


def _credential(record: Record) -> Record:
    data = public(record)
    del data["id"]
    return data


@handler("identity_revoke_agent_credential")
def revoke_agent_credential(ctx: HandlerContext) -> Reply:
    key_id = ctx.path["keyId"]
    record = ctx.store.collection("agent_credentials").get(key_id)
    if record is None or record["status"] == "revoked":
        raise not_found("agent credential", key_id)
    record.update(status="revoked", revoked_at=iso(ctx.now))
    audit(ctx, "agent_credential.revoked", "agent_credential", key_id)
    return ctx.ok(_credential(record))


@handler("identity_list_audit_events")
def list_audit_events(ctx: HandlerContext) -> Reply:
    window = in_window(ctx)
    q = ctx.query
    events = [
        e
        for e in ctx.store.collection("audit_events", kind="audit event")
        if within(e["_at"], window)
        and (q.get("action") is None or e["action"] == q["action"])
        and (q.get("actor_id") is None or e["actor"]["id"] == q["actor_id"])
        and (q.get("outcome") is None or e["outcome"] == q["outcome"])
    ]
    events.sort(key=lambda e: (e["_at"], e["_seq"]), reverse=True)
    page, next_cursor = paginate(events, int(q.get("limit", 100)), q.get("cursor"))
    return ctx.ok([public(e) for e in page], next_cursor=next_cursor)
