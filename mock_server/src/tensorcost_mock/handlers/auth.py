"""auth: log in against the seeded users and rotate refresh tokens."""

from __future__ import annotations

from tensorcost_mock.handlers import HandlerContext, Reply, handler


@handler("auth_login")
def login(ctx: HandlerContext) -> Reply:
    body = ctx.body
    user, pair = ctx.mock.tokens.login(body["email"], body["password"], body["tenant_id"])
    role = user.memberships[body["tenant_id"]]
    return ctx.ok({**pair, "user": {"id": user.id, "email": user.email, "role": role}})


@handler("auth_refresh_tokens")
def refresh_tokens(ctx: HandlerContext) -> Reply:
    return ctx.ok(ctx.mock.tokens.rotate(ctx.body["refreshToken"]))
