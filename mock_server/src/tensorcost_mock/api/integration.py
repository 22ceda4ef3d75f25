"""integration's handlers: list, create, validate and rotate connections; their sync history."""

from __future__ import annotations

import secrets

from tensorcost_mock.api.common import audit, in_window
from tensorcost_mock.api.context import HandlerContext, Reply, handler
from tensorcost_mock.domain.common import public, within
from tensorcost_mock.domain.integration import (
    SELF_MINTED,
    Reads,
    bad_field,
    digest_of,
    new_connection,
    service_account_email,
    settle,
    validate,
)
from tensorcost_mock.errors import conflict
from tensorcost_mock.events import CredentialIssued, CredentialRevoked
from tensorcost_mock.state import Record, iso, paginate


def _reads(ctx: HandlerContext) -> Reads:
    """What integration reads of identity, as the registry wired it into the runtime."""
    return ctx.runtime.reads(Reads)


def _connection(ctx: HandlerContext) -> Record:
    conn = ctx.store.collection("connections", kind="connection").require(ctx.path["id"])
    return settle(ctx.store, conn, ctx.now, _reads(ctx))


@handler("integration_list_connections")
def list_connections(ctx: HandlerContext) -> Reply:
    conns = ctx.store.collection("connections", kind="connection")
    for conn in conns:
        settle(ctx.store, conn, ctx.now, _reads(ctx))
    items = conns.filter(provider=ctx.query.get("provider"), status=ctx.query.get("status"))
    items.sort(key=lambda c: c["_created"], reverse=True)
    return ctx.ok([public(c) for c in items])


@handler("integration_create_connection")
def create_connection(ctx: HandlerContext) -> Reply:
    conn = new_connection(ctx.store, ctx.body, ctx.now)
    audit(ctx, "connection.created", "connection", conn["id"])
    return ctx.created(public(conn))


@handler("integration_validate_connection")
def validate_connection(ctx: HandlerContext) -> Reply:
    conn = _connection(ctx)
    if conn["status"] == "disabled":
        raise conflict(
            "INVALID_STATE_TRANSITION",
            f"Connection {conn['id']} is disabled; it is neither validated nor synced",
        )
    result = validate(ctx.store, conn, ctx.now.replace(microsecond=0), _reads(ctx))
    audit(ctx, "connection.validated", "connection", conn["id"])
    return ctx.ok(result)


@handler("integration_list_sync_history")
def list_sync_history(ctx: HandlerContext) -> Reply:
    conn = _connection(ctx)
    window = in_window(ctx)
    q = ctx.query
    runs = ctx.store.collection("sync_runs", kind="sync run").filter(
        lambda r: within(r["_t"], window),
        connection_id=conn["id"],
        status=q.get("status"),
        step=q.get("step"),
    )
    runs.reverse()  # stored oldest first
    page, next_cursor = paginate(runs, int(q.get("limit", 100)), q.get("cursor"))
    return ctx.ok([public(r) for r in page], next_cursor=next_cursor)


def _mint_agent_key(ctx: HandlerContext, conn: Record, secret: str | None) -> str:
    """Replace a GPU-agent connection's key: identity, which owns the credentials, revokes the old one
    and adds one like it (events on the bus), signing with ``secret`` when the caller chose it (else
    with one the service draws)."""
    old = _reads(ctx).credential(ctx.store, conn["auth"]["key_id"])
    if old is not None and old["status"] == "active":
        ctx.runtime.bus.publish(CredentialRevoked(ctx.store, old["key_id"], ctx.now))
        audit(ctx, "agent_credential.revoked", "agent_credential", old["key_id"])
    key_id = ctx.store.new_id("key_")
    ctx.runtime.bus.publish(
        CredentialIssued(
            ctx.store,
            key_id,
            old["name"] if old else f"{conn['name']} agents",
            tuple(old["scopes"]) if old else ("gpu:write",),
            digest_of(secret if secret is not None else secrets.token_urlsafe(33)),
            ctx.now,
        )
    )
    audit(ctx, "agent_credential.created", "agent_credential", key_id)
    return key_id


@handler("integration_rotate_secret")
def rotate_secret(ctx: HandlerContext) -> Reply:
    conn = _connection(ctx)
    method = conn["auth"]["method"]
    if conn["status"] == "disabled":
        raise conflict(
            "INVALID_STATE_TRANSITION", f"Connection {conn['id']} is disabled; enable it to rotate"
        )
    if method == "aws_assume_role":
        raise conflict(
            "INVALID_STATE_TRANSITION",
            f"Connection {conn['id']} assumes an IAM role and stores no secret; nothing to rotate",
        )
    secret = ctx.body["secret"] if ctx.body else None
    if secret is None and method not in SELF_MINTED:
        raise bad_field("secret", f"is required: a {method} connection cannot mint its own secret")
    if method == "gcp_service_account" and secret is not None:
        conn["auth"]["service_account_email"] = service_account_email(secret, "secret")
    if method == "agent_credential":
        conn["auth"]["key_id"] = _mint_agent_key(ctx, conn, secret)
    now = ctx.now.replace(microsecond=0)
    conn.update(
        has_secret=True,
        secret_rotated_at=iso(now),
        updated_at=iso(now),
        _secret_sha256=digest_of(secret if secret is not None else secrets.token_urlsafe(32)),
    )
    if conn["status"] != "pending":  # the new secret is checked at once (a pending one is checked soon)
        validate(ctx.store, conn, now, _reads(ctx))
    audit(ctx, "connection.secret_rotated", "connection", conn["id"])
    return ctx.ok(public(conn))
