"""tenant's handlers: settings, members and their roles, branding and feature flags."""

from __future__ import annotations

from tensorcost_mock.api.common import audit
from tensorcost_mock.api.context import HandlerContext, Reply, handler
from tensorcost_mock.domain.tenant import FLAGS, change_role, evaluate, invite, sync_members
from tensorcost_mock.state import Collection, paginate


def members_of(ctx: HandlerContext) -> Collection:
    """The tenant's members, in step with the directory (which holds the users' roles)."""
    return sync_members(ctx.store, ctx.runtime.directory.members(ctx.store.tenant_id), ctx.now)


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
    record = invite(members_of(ctx), ctx.store, ctx.body, ctx.now)
    audit(ctx, "member.invited", "member", record["id"])
    return ctx.created(dict(record))


@handler("tenant_update_member_role")
def update_member_role(ctx: HandlerContext) -> Reply:
    coll = members_of(ctx)
    record = coll.require(ctx.path["id"])
    assert ctx.principal is not None
    principal = ctx.principal
    if not change_role(coll, record, ctx.body["role"], by_role=principal.role, by_user_id=principal.user.id):
        return ctx.ok(dict(record))
    role = record["role"]
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
