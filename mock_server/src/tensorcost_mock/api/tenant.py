"""tenant's handlers: settings, members and their roles, branding and feature flags."""

from __future__ import annotations

from tensorcost_mock.api.common import audit
from tensorcost_mock.api.context import HandlerContext, Reply, handler
from tensorcost_mock.domain.tenant import FLAGS, evaluate
from tensorcost_mock.errors import ApiError, conflict
from tensorcost_mock.state import Collection, Record, iso, paginate


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
