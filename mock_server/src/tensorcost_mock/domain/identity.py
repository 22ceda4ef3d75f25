"""identity: SSO configuration, agent HMAC credentials and the identity audit trail.

Also what the tenant and integration services read: stable member ids and the seeded
memberships (from the mock's user directory plus pending invitations). Every service's writes
reach the audit trail as :class:`~tensorcost_mock.events.AuditRecorded` events, which
:func:`record_audit` appends, so that ``identity_list_audit_events`` shows them afterwards.

Collections and singletons of a tenant:

- ``agent_credentials``: ``key_id``, ``name``, ``algorithm``, ``scopes``, ``status``,
  ``created_at``, ``expires_at``, ``last_used_at``, ``revoked_at`` (ISO strings) and the private
  ``_secret_sha256`` (the plaintext secret is never stored, only sent once by the create call).
  Integration retires and mints a GPU-agent connection's key with :class:`~tensorcost_mock.events.CredentialRevoked`
  and :class:`~tensorcost_mock.events.CredentialIssued` events (:func:`revoke_credential`,
  :func:`issue_credential`) and checks one with :func:`credential`.
- ``audit_events``: the spec's ``AuditEvent`` plus private ``_at`` (datetime) and ``_seq``.
- ``singletons["sso"]``: the spec's ``SsoConfig``.

Private fields start with ``_`` and are dropped by :func:`public` before a record is sent.
"""

from __future__ import annotations

import hashlib
import random
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tensorcost_mock.domain.common import ALPHABET, public
from tensorcost_mock.errors import conflict
from tensorcost_mock.events import AuditRecorded, CredentialIssued, CredentialRevoked
from tensorcost_mock.fixtures import ACME, NIMBUS, Tenant, User, seed_users
from tensorcost_mock.state import Record, TenantStore, iso, parse_time
from tensorcost_mock.world import derived_id

#: Age of each tenant at the mock's epoch, by slug.
TENANT_AGE_DAYS = {ACME.slug: 147, NIMBUS.slug: 412}


#: Member ids that the spec's examples use, so that its examples work against the mock.
EXAMPLE_MEMBER_IDS: dict[tuple[str, int], str] = {
    (ACME.id, 1): "mem_6Yh2Kp9Qx4Lw",
    (ACME.id, 3): "mem_3Rt8Nc5Vb1Zm",
}


def tenant_created_at(tenant: Tenant, now: datetime) -> datetime:
    day = now.astimezone(UTC) - timedelta(days=TENANT_AGE_DAYS.get(tenant.slug, 120))
    return day.replace(hour=16, minute=20, second=0, microsecond=0)


def member_id_for(tenant_id: str, key: int | str) -> str:
    """The member id of a directory user (``key`` = user id) or a seeded invitation (email)."""
    fixed = EXAMPLE_MEMBER_IDS.get((tenant_id, key)) if isinstance(key, int) else None
    return fixed or derived_id("mem_", tenant_id, key, length=12, alphabet=ALPHABET)


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


#: Credentials whose key id is fixed: linked from a GPU-agent connection, or the spec's example.
KEY_IDS = {(ACME.id, "gpu-agent us-west-2 inference cluster"): "key_2Hx7Rm4Tq9Vb"}


def agent_key_id(tenant: Tenant, name: str) -> str:
    """The key id of a seeded credential (integration links its GPU-agent connections by it)."""
    return KEY_IDS.get((tenant.id, name)) or derived_id("key_", tenant.id, name, length=12, alphabet=ALPHABET)


def new_secret() -> str:
    return "tcsk_" + "".join(secrets.choice(ALPHABET) for _ in range(44))


def credential_view(record: Record) -> Record:
    data = public(record)
    del data["id"]
    return data


def record_audit(event: AuditRecorded) -> None:
    """The subscriber that keeps the tenant's audit trail: every :class:`AuditRecorded` is appended."""
    store, actor = event.store, event.actor
    append_audit(
        store,
        event_id=event.event_id or store.new_id("aud_"),
        actor=system_actor(actor) if isinstance(actor, str) else user_actor(store.tenant_id, actor),
        action=event.action,
        target=event.target,
        at=event.at,
        request_id=event.request_id,
        ip=event.ip,
        outcome=event.outcome,
    )


def credential(store: TenantStore, key_id: str) -> Record | None:
    """The agent credential ``key_id`` (its status, expiry, name, scopes), for the services that check one."""
    creds = store.collections.get("agent_credentials")
    return creds.get(key_id) if creds is not None else None


def revoke_credential(event: CredentialRevoked) -> None:
    """The subscriber that revokes an active credential another service retired."""
    record = credential(event.store, event.key_id)
    if record is not None and record["status"] == "active":
        record.update(status="revoked", revoked_at=iso(event.at))


def issue_credential(event: CredentialIssued) -> None:
    """The subscriber that adds an active credential another service minted."""
    event.store.collection("agent_credentials", kind="agent credential").add(
        {
            "key_id": event.key_id,
            "id": event.key_id,
            "name": event.name,
            "algorithm": "HMAC-SHA256",
            "scopes": list(event.scopes),
            "status": "active",
            "created_at": iso(event.at),
            "expires_at": None,
            "last_used_at": None,
            "revoked_at": None,
            "_secret_sha256": event.secret_sha256,
        }
    )


def create_credential(store: TenantStore, body: Record, now: datetime) -> tuple[Record, str]:
    """A new active agent credential from the request ``body`` and its secret (stored only as its
    SHA-256); 409 ``DUPLICATE`` when an active one has the same name."""
    expires = body.get("expires_at")
    creds = store.collection("agent_credentials", kind="agent credential")
    if creds.filter(name=body["name"], status="active"):
        raise conflict(
            "DUPLICATE",
            f"An active agent credential named {body['name']!r} exists; "
            "revoke it first or choose another name",
        )
    secret = new_secret()
    key_id = store.new_id("key_")
    record = creds.add(
        {
            "key_id": key_id,
            "id": key_id,
            "name": body["name"],
            "algorithm": "HMAC-SHA256",
            "scopes": list(body["scopes"]),
            "status": "active",
            "created_at": iso(now),
            "expires_at": iso(parse_time(expires)) if expires else None,
            "last_used_at": None,
            "revoked_at": None,
            "_secret_sha256": hashlib.sha256(secret.encode()).hexdigest(),
        }
    )
    return record, secret
