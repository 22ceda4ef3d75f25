"""auth: log in against the seeded users and rotate refresh tokens.

Both write the tenant's identity audit trail as the seeded history does: ``auth.login`` (a
success by the user, or a failure by the ``identity-service`` with the email that was tried) and
``auth.token_refreshed``.
"""

from __future__ import annotations

from tensorcost_mock.api.context import HandlerContext, Reply, handler
from tensorcost_mock.domain.common import CLIENT_IP
from tensorcost_mock.errors import ApiError
from tensorcost_mock.events import AuditRecorded
from tensorcost_mock.fixtures import User
from tensorcost_mock.state import TenantStore


def _audit(
    ctx: HandlerContext, tenant_id: str, action: str, user: User | None, email: str, outcome: str
) -> None:
    if tenant_id not in ctx.runtime.directory.tenants:
        return  # an unknown tenant has no audit trail
    actor: User | str = user if user is not None else "identity-service"
    target = ("user", str(user.id) if user is not None else email)
    at, request_id, ip = ctx.now, ctx.trace_id, ctx.client_ip or CLIENT_IP

    bus = ctx.runtime.bus

    def record(store: TenantStore) -> None:
        bus.publish(AuditRecorded(store, actor, action, target, at, request_id, ip, outcome))

    ctx.runtime.when_seeded(tenant_id, record)


@handler("auth_login")
def login(ctx: HandlerContext) -> Reply:
    body = ctx.body
    try:
        user, pair = ctx.runtime.tokens.login(body["email"], body["password"], body["tenant_id"])
    except ApiError:
        _audit(ctx, body["tenant_id"], "auth.login", None, body["email"], "failure")
        raise
    _audit(ctx, body["tenant_id"], "auth.login", user, user.email, "success")
    role = user.memberships[body["tenant_id"]]
    return ctx.ok({**pair, "user": {"id": user.id, "email": user.email, "role": role}})


@handler("auth_refresh_tokens")
def refresh_tokens(ctx: HandlerContext) -> Reply:
    pair = ctx.runtime.tokens.rotate(ctx.body["refreshToken"])
    user, claims = ctx.runtime.tokens.authenticate(f"Bearer {pair['accessToken']}")
    _audit(ctx, str(claims["tenantId"]), "auth.token_refreshed", user, user.email, "success")
    return ctx.ok(pair)
