"""identity's handlers: the SSO configuration, agent HMAC credentials and the audit trail."""

from __future__ import annotations

from tensorcost_mock.api.common import audit, in_window
from tensorcost_mock.api.context import HandlerContext, Reply, handler
from tensorcost_mock.domain.common import public, within
from tensorcost_mock.domain.identity import create_credential, credential_view
from tensorcost_mock.errors import not_found
from tensorcost_mock.state import iso, paginate


@handler("identity_get_sso_config")
def get_sso_config(ctx: HandlerContext) -> Reply:
    return ctx.ok(public(ctx.store.singletons["sso"]))


@handler("identity_create_agent_credential")
def create_agent_credential(ctx: HandlerContext) -> Reply:
    record, secret = create_credential(ctx.store, ctx.body, ctx.now)
    key_id = record["key_id"]
    audit(ctx, "agent_credential.created", "agent_credential", key_id)
    data = public(record)
    del data["id"], data["last_used_at"], data["revoked_at"]
    return ctx.created({**data, "secret": secret})


@handler("identity_revoke_agent_credential")
def revoke_agent_credential(ctx: HandlerContext) -> Reply:
    key_id = ctx.path["keyId"]
    record = ctx.store.collection("agent_credentials").get(key_id)
    if record is None or record["status"] == "revoked":
        raise not_found("agent credential", key_id)
    record.update(status="revoked", revoked_at=iso(ctx.now))
    audit(ctx, "agent_credential.revoked", "agent_credential", key_id)
    return ctx.ok(credential_view(record))


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
