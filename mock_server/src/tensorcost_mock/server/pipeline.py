"""The request pipeline: an ordered list of small steps over one :class:`Exchange`.

Each request step may answer early by returning a :class:`Reply` (or refuse by raising
``ApiError``, rendered in the spec's error envelope, its ``trace_id`` equal to ``X-Request-Id``)::

    route (404/405) -> fault -> authenticate (401) -> rate limit (429) -> validate (400, 413)
    -> authorize (403: the operation's x-required-role) -> deprecation (410)
    -> idempotency (replay, 409) -> dispatch

Then every answer goes through the response steps: encode -> headers -> strict check ->
remember (idempotency) -> send -> background tasks (webhook deliveries).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.types import Receive, Scope, Send

from tensorcost_mock.api.context import HandlerContext, Reply
from tensorcost_mock.auth import REALM, Principal
from tensorcost_mock.errors import ApiError, validation_error
from tensorcost_mock.fixtures import User
from tensorcost_mock.idempotency import fingerprint
from tensorcost_mock.rate_limit import RateDecision
from tensorcost_mock.spec import Operation, required_role
from tensorcost_mock.spec.contract import UNPARSED

from .fault_answers import send_fault
from .router import Route
from .wire import BodyTooLarge, encode_json, read_body, send_stream, send_whole

if TYPE_CHECKING:
    from .app import MockApp

log = logging.getLogger("tensorcost_mock")

#: The largest request body accepted (1 MiB); larger is 413 PAYLOAD_TOO_LARGE (the spec's PayloadTooLarge).
MAX_BODY_BYTES = 1024 * 1024


@dataclass
class Exchange:
    """One request on its way through the pipeline, and what the steps learnt about it."""

    app: MockApp
    scope: Scope
    receive: Receive
    send: Send
    route: Route | None
    path_params: dict[str, str]
    trace_id: str = field(default_factory=lambda: os.urandom(16).hex())
    op: Operation | None = None
    decision: RateDecision | None = None
    user: User | None = None
    claims: dict[str, Any] | None = None
    principal: Principal | None = None
    query: dict[str, Any] = field(default_factory=dict)
    path: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, Any] = field(default_factory=dict)
    raw_body: bytes = b""
    body: Any = None
    extra_headers: dict[str, str] = field(default_factory=dict)
    #: (scope, Idempotency-Key, fingerprint) under which to store the answer
    remember: tuple[str, str, str] | None = None
    replayed: bool = False
    is_example: bool = False
    ctx: HandlerContext | None = None
    #: True when a step already sent the answer (an injected fault)
    sent: bool = False

    def __post_init__(self) -> None:
        #: Header name (lower case, as ASGI servers send it) -> its first value.
        self.request_headers: dict[str, str] = {
            k.decode("latin-1").lower(): v.decode("latin-1") for k, v in reversed(self.scope["headers"])
        }
        self.method: str = self.scope["method"]

    @property
    def operation(self) -> Operation:
        assert self.op is not None, "a step after route() needs the operation"
        return self.op

    def anonymous_key(self) -> str:
        client = self.scope.get("client")
        return f"anonymous:{client[0] if client else '-'}"


Step = Callable[[Exchange], Awaitable[Reply | None]]


# -- request steps ------------------------------------------------------------------------------------


async def route(x: Exchange) -> Reply | None:
    """404 for a path the spec does not have, 405 for a method it does not document there."""
    if x.route is None:
        raise ApiError(
            404,
            "NOT_FOUND",
            f"No operation at {x.scope['path']}; every path starts with /v1/ (see the spec's paths)",
        )
    x.op = x.route.ops.get(x.method)
    if x.op is None:
        allow = x.route.allow
        raise ApiError(
            405,
            "METHOD_NOT_ALLOWED",
            f"{x.method} is not allowed on {x.route.template}; allowed: {allow}",
            headers={"Allow": allow},
        )
    return None


async def fault(x: Exchange) -> Reply | None:
    """An armed fault: sent as it is (off-contract on purpose), or ``slow``: a delay, then the rest."""
    faults = x.app.runtime.faults
    if not faults.armed:
        return None
    op = x.operation
    armed = faults.take(op.operation_id, op.path, x.scope["path"], x.method)
    if armed is None:
        return None
    if armed.fault == "slow":
        await asyncio.sleep(armed.delay_ms / 1000)
        return None
    await send_fault(x.app, armed, op, x.trace_id, x.send)
    x.sent = True
    return Reply(0, None)


async def authenticate(x: Exchange) -> Reply | None:
    """401 for a missing or bad access token on an operation that needs one."""
    if x.operation.security_required:
        x.user, x.claims = x.app.runtime.tokens.authenticate(x.request_headers.get("authorization"))
    return None


async def rate_limit(x: Exchange) -> Reply | None:
    """Charge the tenant the request acts in (or the caller's address); 429 when its bucket is empty."""
    runtime = x.app.runtime
    limiter = runtime.rate_limiter
    if x.user is not None and x.claims is not None:
        active = x.request_headers.get("x-active-tenant-id")
        bucket = active if active in x.user.memberships else x.claims["tenantId"]
        tenant = runtime.directory.tenants.get(bucket)
        x.decision = limiter.take(bucket, limiter.limit_for(tenant.tier if tenant else ""))
    else:
        x.decision = limiter.take(x.anonymous_key(), limiter.limit_for("standard"))
    if not x.decision.allowed:
        raise ApiError(
            429,
            "RATE_LIMITED",
            f"Rate limit of {x.decision.limit} requests per minute exceeded; retry in {x.decision.retry_after} seconds",
            headers={"Retry-After": str(x.decision.retry_after)},
        )
    return None


async def validate(x: Exchange) -> Reply | None:
    """Every problem of the path, query, headers and body at once: 400 VALIDATION_FAILED."""
    assert x.route is not None
    validator = x.route.validators[x.method]
    query, problems = validator.read_query(x.scope.get("query_string", b"").decode("latin-1"))
    x.path = validator.parse_path(x.path_params)
    problems += validator.check("path", x.path)
    x.headers = validator.parse_headers(x.request_headers)
    problems += validator.check("header", x.headers)
    if x.operation.body_media_types:
        try:
            declared = x.request_headers.get("content-length")
            x.raw_body = await read_body(x.receive, MAX_BODY_BYTES, declared)
        except BodyTooLarge:
            raise ApiError(
                413,
                "PAYLOAD_TOO_LARGE",
                f"The request body is larger than {MAX_BODY_BYTES} bytes (1 MiB); send a smaller body",
            ) from None
    x.body, body_problems = validator.parse_body(x.request_headers.get("content-type"), x.raw_body)
    problems += body_problems
    if problems:
        raise validation_error(problems)
    x.query = {**validator.defaults, **query} if validator.defaults else query
    return None


async def authorize(x: Exchange) -> Reply | None:
    """403 when the user is not a member of ``X-Active-Tenant-Id``, or their role does not include
    the operation's ``x-required-role`` (in the spec's ``x-role-includes`` hierarchy)."""
    if x.user is None or x.claims is None:
        return None
    active = x.request_headers.get("x-active-tenant-id")
    x.principal = x.app.runtime.tokens.principal(x.user, x.claims, active)
    needed = required_role(x.operation)
    if needed is not None and not x.app.roles.allows(x.principal.role, needed):
        raise ApiError(
            403,
            "FORBIDDEN",
            f"{x.operation.operation_id} needs the role {needed} (or one that includes it); "
            f"your role in this tenant is {x.principal.role}",
        )
    return None


async def deprecation(x: Exchange) -> Reply | None:
    """``Deprecation``/``Sunset``/``Link`` before a deprecated path's sunset; 410 GONE after it."""
    sunset = x.app.examples.sunsets.get(x.operation.operation_id)
    if sunset is not None:
        x.extra_headers = sunset.check(x.operation, x.app.runtime.clock.now())
    return None


async def idempotency(x: Exchange) -> Reply | None:
    """A repeated ``Idempotency-Key`` on a POST replays the stored answer (409 for another request)."""
    key = x.request_headers.get("idempotency-key") if x.method == "POST" else None
    if not key:
        return None
    # Scoped by caller, method and path: another user's key (and body) never replays this answer.
    caller = f"{x.principal.tenant.id}|{x.principal.user.email}" if x.principal else x.anonymous_key()
    scope = f"{caller}|{x.method}|{x.scope['path']}"
    fp = fingerprint(
        x.method, x.scope["path"], x.scope.get("query_string", b"").decode("latin-1"), x.raw_body
    )
    stored = x.app.runtime.idempotency.get(scope, key)
    if stored is None:
        x.remember = (scope, key, fp)
        return None
    if stored.fingerprint != fp:
        raise ApiError(
            409 if x.operation.documents(409) else 400,
            "IDEMPOTENCY_KEY_REUSED",
            f"Idempotency-Key {key!r} was already used with a different request; send a new key for a new request",
        )
    x.replayed = True
    headers = dict(stored.headers)
    x.trace_id = headers.pop("X-Request-Id", x.trace_id)
    return Reply(stored.status, stored.body, {**headers, "Idempotent-Replayed": "true"})


async def dispatch(x: Exchange) -> Reply | None:
    """``Prefer``'s example, else the handler, else the operation's success example."""
    app, op = x.app, x.operation
    runtime = app.runtime
    x.ctx = HandlerContext(
        op=op,
        runtime=runtime,
        principal=x.principal,
        store=runtime.store(x.principal.tenant.id) if x.principal else runtime.empty_store,
        path=x.path,
        query=x.query,
        headers=x.headers,
        body=x.body,
        trace_id=x.trace_id,
        now=runtime.clock.now(),
        client_ip=(x.scope.get("client") or (None,))[0],
    )
    if x.principal is not None:  # the tenant's world catches up with the clock before it is read
        runtime.live(x.ctx.store, x.ctx.now, x.ctx.background)
    prefer = x.request_headers.get("prefer")
    handler = app.handlers.get(op.operation_id)
    reply: Reply
    if prefer:
        reply, x.is_example = app.examples.preferred(op, prefer, x.trace_id), True
    elif handler is None:
        reply, x.is_example = app.examples.success(op, x.trace_id), True
    else:
        answer = handler(x.ctx)
        reply = answer if isinstance(answer, Reply) else await answer
    reply.headers.update(x.extra_headers)
    if isinstance(reply.body, Iterator):
        if x.remember is not None or reply.media_type.endswith("json"):
            # A replay stores the whole body, and strict mode checks a whole JSON document.
            reply.body = b"".join(reply.body)
        else:  # produce the first chunk now, so that a failure is still a clean 500
            reply.body = itertools.chain([next(reply.body, b"")], reply.body)
    return reply


#: The request steps, in order; the first to return a Reply answers.
STEPS: tuple[Step, ...] = (
    route,
    fault,
    authenticate,
    rate_limit,
    validate,
    authorize,
    deprecation,
    idempotency,
    dispatch,
)


# -- the answer ---------------------------------------------------------------------------------------


async def answer(x: Exchange) -> Reply:
    """Run the request steps until one answers; a refusal or a handler's bug becomes an error reply."""
    try:
        for step in STEPS:
            reply = await step(x)
            if reply is not None:
                return reply
        raise AssertionError("dispatch always answers")
    except ApiError as err:
        reply = Reply(err.status, err.body(x.trace_id), dict(err.headers))
        if err.status == 401 and "WWW-Authenticate" not in reply.headers:
            reply.headers["WWW-Authenticate"] = REALM
        return reply
    except Exception as exc:  # a bug in a handler: answer the documented 500, loudly
        what = x.op.operation_id if x.op else x.scope["path"]
        log.exception("handler of %s failed (trace %s)", what, x.trace_id)
        x.app.runtime.violations.append(
            {"operation_id": what, "status": 500, "trace_id": x.trace_id, "problems": [repr(exc)]}
        )
        message = f"Internal error in the mock's handler of {what}: {exc!r}"
        return Reply(500, ApiError(500, "INTERNAL_ERROR", message).body(x.trace_id))


@dataclass
class Outgoing:
    """A reply as bytes and headers, on its way out."""

    reply: Reply
    headers: dict[str, str]
    body: bytes
    #: The body as it was serialized, when it held only JSON types (strict mode validates it as is).
    parsed: Any
    #: The chunks after the first of a streamed body.
    rest: Iterator[bytes] | None


def encode(x: Exchange, reply: Reply) -> Outgoing:
    """Bytes of the body, and the headers every answer carries (X-RateLimit-*, X-Request-Id)."""
    if x.decision is None:  # answered before the rate limit step
        limiter = x.app.runtime.rate_limiter
        x.decision = limiter.take(x.anonymous_key(), limiter.limit_for("standard"))
    rest: Iterator[bytes] | None = None
    parsed: Any = UNPARSED
    if isinstance(reply.body, Iterator):  # primed by dispatch: its first chunk is ready
        body, rest = next(reply.body), reply.body
    elif isinstance(reply.body, bytes):
        body = reply.body
    else:
        body, pure_json = encode_json(reply.body)
        if pure_json:
            parsed = reply.body
    headers = {**reply.headers, **x.decision.headers(), "X-Request-Id": x.trace_id}
    if x.is_example:
        x.app.examples.fill_headers(x.op, reply.status, headers, x.decision)
    return Outgoing(reply, headers, body, parsed, rest)


def strict_check(x: Exchange, out: Outgoing) -> Outgoing:
    """In strict mode, an answer that breaks the spec becomes 500 MOCK_CONTRACT_VIOLATION."""
    app, reply = x.app, out.reply
    if not app.settings.strict or x.replayed:
        return out
    broken = app.contract.problems(x.op, reply.status, out.headers, out.body, reply.media_type, out.parsed)
    if reply.status >= 400 and isinstance(reply.body, dict) and reply.body.get("trace_id") != x.trace_id:
        broken.append("the body's trace_id differs from X-Request-Id")
    if not broken:
        return out
    what = x.op.operation_id if x.op else "an unknown path"
    log.error(
        "MOCK_CONTRACT_VIOLATION in %s (status %s, trace %s): %s",
        what,
        reply.status,
        x.trace_id,
        "; ".join(broken),
    )
    app.runtime.violations.append(
        {"operation_id": what, "status": reply.status, "trace_id": x.trace_id, "problems": broken}
    )
    body = {
        "success": False,
        "error": f"The mock's response to {what} broke the spec: {'; '.join(broken)[:2000]}",
        "code": "MOCK_CONTRACT_VIOLATION",
        "trace_id": x.trace_id,
    }
    assert x.decision is not None
    headers = {**x.decision.headers(), "X-Request-Id": x.trace_id}
    return Outgoing(Reply(500, body), headers, encode_json(body)[0], body, None)


def remember(x: Exchange, out: Outgoing) -> Outgoing:
    """Store the answer to a POST with an ``Idempotency-Key`` (not a 5xx: a retry must run again)."""
    if x.remember is not None and out.reply.status < 500:
        keep = {k: v for k, v in out.headers.items() if not k.lower().startswith("x-ratelimit")}
        x.app.runtime.idempotency.put(*x.remember, out.reply.status, out.body, keep)
    return out


#: The response steps, in order.
RESPONSE_STEPS: tuple[Callable[[Exchange, Outgoing], Outgoing], ...] = (strict_check, remember)


async def run(x: Exchange) -> None:
    """Answer one API request."""
    reply = await answer(x)
    if x.sent:
        return
    out = encode(x, reply)
    for step in RESPONSE_STEPS:
        out = step(x, out)
    reply = out.reply
    if out.rest is not None and reply.status < 300:
        await send_stream(x.send, reply.status, out.headers, out.body, out.rest, reply.media_type, x.trace_id)
    else:
        await send_whole(x.send, reply.status, out.headers, out.body, reply.media_type)
    if x.ctx is not None:
        for task in x.ctx.background:
            try:
                await task()
            except Exception:
                log.exception("background task of %s failed", x.op.operation_id if x.op else "?")
