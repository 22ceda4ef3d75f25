"""The control surface under ``/_mock`` (not part of the public API; documented in the README),
typed against the :class:`~tensorcost_mock.runtime.Runtime` it acts on."""

from __future__ import annotations

import hmac
import json
from collections.abc import Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from tensorcost_mock.api.context import Handler
from tensorcost_mock.auth import SERVICE_TTL, parse_duration
from tensorcost_mock.errors import ApiError
from tensorcost_mock.faults import FAULT_KINDS
from tensorcost_mock.runtime import Runtime
from tensorcost_mock.settings import CONTROL_TOKEN_HEADER
from tensorcost_mock.state import parse_time

_HEADER = CONTROL_TOKEN_HEADER.lower().encode("latin-1")


def control_token_matches(expected: str | None, scope: Scope) -> bool:
    """True without a configured token, else when the request's header equals it (constant time)."""
    if expected is None:
        return True
    sent = next((v for k, v in scope["headers"] if k == _HEADER), b"")
    return hmac.compare_digest(sent, expected.encode())


async def refuse_control(scope: Scope, receive: Receive, send: Send) -> None:
    """401: the control surface wants its token."""
    err = ApiError(
        401, "CONTROL_TOKEN_REQUIRED", f"/_mock needs the mock's control token in {CONTROL_TOKEN_HEADER}"
    )
    await JSONResponse(err.body("mock-control"), err.status)(scope, receive, send)


def control_routes(runtime: Runtime, handlers: Mapping[str, Handler]) -> list[Route]:
    """The routes under ``/_mock``, acting on ``runtime``."""

    async def body_of(request: Request) -> dict[str, Any]:
        raw = await request.body()
        if not raw.strip():
            return {}
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise ApiError(400, "MALFORMED_JSON", f"The body is not JSON: {exc}") from None
        if not isinstance(data, dict):
            raise ApiError(400, "VALIDATION_FAILED", "The body must be a JSON object")
        return data

    def fail(err: ApiError) -> JSONResponse:
        return JSONResponse(err.body("mock-control"), err.status)

    def clock_view() -> dict[str, Any]:
        clock = runtime.clock
        return {"now": clock.now().isoformat().replace("+00:00", "Z"), "frozen": clock.frozen}

    async def reset(request: Request) -> JSONResponse:
        try:
            data = await body_of(request)
        except ApiError as err:
            return fail(err)
        seed = data.get("seed")
        runtime.reset(seed if isinstance(seed, int) else None)
        return JSONResponse({"reset": True, "seed": runtime.settings.seed, **clock_view()})

    async def clock(request: Request) -> JSONResponse:
        if request.method == "GET":
            return JSONResponse(clock_view())
        try:
            data = await body_of(request)
            c = runtime.clock
            if "frozen" in data:
                c.frozen = bool(data["frozen"])
            if "now" in data:
                try:
                    c.set(parse_time(str(data["now"])))
                except ValueError:
                    raise ApiError(
                        400,
                        "VALIDATION_FAILED",
                        "now must be an ISO-8601 date-time, e.g. 2026-09-01T00:00:00Z",
                    ) from None
            if "advance_seconds" in data:
                c.advance(float(data["advance_seconds"]))
        except ApiError as err:
            return fail(err)
        # The world catches up with the moved clock before the answer: alerts open, exports run,
        # and their webhooks are delivered, so a test can look right after the move.
        await runtime.catch_up()
        return JSONResponse(clock_view())

    async def faults(request: Request) -> JSONResponse:
        injector = runtime.faults
        if request.method == "DELETE":
            injector.clear()
            return JSONResponse({"faults": []})
        if request.method == "GET":
            return JSONResponse({"faults": [f.as_dict() for f in injector.list()], "kinds": FAULT_KINDS})
        try:
            data = await body_of(request)
            if not data.get("operation_id") and not data.get("path"):
                raise ApiError(400, "VALIDATION_FAILED", "Name the target: operation_id or path")
            if data.get("operation_id") and data["operation_id"] not in runtime.spec.by_id:
                raise ApiError(404, "NOT_FOUND", f"No operation {data['operation_id']} in the spec")
            fault = injector.add(data)
        except ApiError as err:
            return fail(err)
        return JSONResponse(fault.as_dict(), 201)

    async def token(request: Request) -> JSONResponse:
        if request.query_params.get("service", "").lower() in ("1", "true", "yes"):
            return service_token(request)
        directory = runtime.directory
        email = request.query_params.get("email", "ana.ruiz@acme-ai.com")
        user = directory.by_email(email)
        if user is None:
            known = ", ".join(u.email for u in directory.users.values())
            return fail(ApiError(404, "NOT_FOUND", f"No seeded user {email}; seeded users: {known}"))
        tenant_id = request.query_params.get("tenant_id") or next(iter(user.memberships))
        if tenant_id not in user.memberships:
            return fail(ApiError(403, "TENANT_ACCESS_DENIED", f"{email} is not a member of {tenant_id}"))
        ttl = request.query_params.get("ttl")
        access = runtime.tokens.access_token(user, tenant_id, int(ttl) if ttl and ttl.isdigit() else None)
        return JSONResponse(
            {
                "access_token": access,
                "token_type": "Bearer",
                "email": user.email,
                "tenant_id": tenant_id,
                "role": user.memberships[tenant_id],
                "expires_in": int(ttl) if ttl and ttl.isdigit() else runtime.tokens.access_ttl,
            }
        )

    def service_token(request: Request) -> JSONResponse:
        """``?service=true[&tenant_id=&name=ci&role=viewer&ttl=90d]``: a long-lived service token."""
        tokens = runtime.tokens
        params = request.query_params
        tenant_id = params.get("tenant_id") or next(iter(runtime.directory.tenants))
        name, role = params.get("name", "ci"), params.get("role", "viewer")
        try:
            ttl = parse_duration(params["ttl"]) if "ttl" in params else SERVICE_TTL
            token = tokens.service_token(tenant_id, name=name, role=role, ttl=ttl)
        except ValueError as exc:
            return fail(ApiError(400, "VALIDATION_FAILED", str(exc)))
        return JSONResponse(
            {
                "access_token": token,
                "token_type": "Bearer",
                "service": name,
                "tenant_id": tenant_id,
                "role": role,
                "expires_in": ttl,
            }
        )

    async def webhooks(request: Request) -> JSONResponse:
        deliveries = runtime.webhooks.deliveries
        return JSONResponse(
            {
                "event_types": runtime.webhooks.event_types,
                "deliveries": [
                    {
                        "event_id": d.event_id,
                        "type": d.event_type,
                        "url": d.url,
                        "status": d.status,
                        "error": d.error,
                    }
                    for d in deliveries
                ],
            }
        )

    async def info(request: Request) -> JSONResponse:
        ops = runtime.spec.operations
        return JSONResponse(
            {
                "spec": str(runtime.spec.source),
                "operations": len(ops),
                "handled": sorted(o.operation_id for o in ops if o.operation_id in handlers),
                "example_only": sorted(o.operation_id for o in ops if o.operation_id not in handlers),
                "strict": runtime.settings.strict,
                "violations": runtime.violations,
                "seed": runtime.settings.seed,
                "users": [
                    {"id": u.id, "email": u.email, "memberships": u.memberships}
                    for u in runtime.directory.users.values()
                ],
                **clock_view(),
            }
        )

    return [
        Route("/", info, methods=["GET"]),
        Route("/reset", reset, methods=["POST"]),
        Route("/clock", clock, methods=["GET", "POST"]),
        Route("/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route("/token", token, methods=["GET"]),
        Route("/webhooks", webhooks, methods=["GET"]),
    ]
