"""The ASGI app: routes from the spec's ``paths``, one request pipeline, strict responses.

Pipeline of an API request (each step may answer early, always in the spec's error envelope):
route (404/405) -> injected fault -> authenticate (401) -> rate limit (429) -> validate (400)
-> tenant and role (403) -> deprecation sunset (410) -> idempotent replay (409) -> ``Prefer``
-> handler, or the operation's example -> strict response check -> X-Request-Id, X-RateLimit-*.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from email.utils import parsedate_to_datetime
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import Receive, Scope, Send

from . import handlers as handler_registry
from .auth import REALM, Directory, Principal, TokenService
from .clock import Clock
from .contract import _UNPARSED, ResponseContract
from .errors import ApiError, validation_error
from .faults import Fault, FaultInjector
from .fixtures import seed_tenant
from .handlers import ASYNC_HANDLERS, HANDLERS, HandlerContext, Reply
from .idempotency import IdempotencyStore, fingerprint
from .rate_limit import RateDecision, RateLimiter
from .settings import MockSettings
from .spec import Operation, Spec, find_spec_file, load_document
from .state import TenantStore
from .validation import RequestValidator, ValidatorCache
from .webhooks import WebhookDispatcher

log = logging.getLogger("tensorcost_mock")

#: Used when a deprecated operation documents no Sunset header example.
DEFAULT_SUNSET = "Wed, 30 Sep 2026 23:59:59 GMT"


@dataclass(frozen=True)
class Sunset:
    """A deprecated operation's headers (read from its success response's header examples)."""

    at: datetime
    headers: dict[str, str]
    successor: str

    @classmethod
    def of(cls, spec: Spec, op: Operation) -> Sunset:
        examples: dict[str, str] = {}
        resp = op.response_for(op.success_status)
        for name, ptr in (resp.headers if resp else {}).items():
            header = spec.resolve_pointer(ptr.rsplit("/schema", 1)[0])
            if "example" in header:
                examples[name.lower()] = str(header["example"])
        link = examples.get("link", '</v1/>; rel="successor-version"')
        sunset = examples.get("sunset", DEFAULT_SUNSET)
        successor = link.split(">", 1)[0].lstrip("<")
        successor_op = next(
            (o for o in spec.operations if o.path == successor and o.method == op.method), None
        )
        return cls(
            at=parsedate_to_datetime(sunset),
            headers={"Deprecation": examples.get("deprecation", "true"), "Sunset": sunset, "Link": link},
            successor=f"{op.method} {successor}" if successor_op else successor,
        )


class ConnectionDropped(BaseException):
    """Raised to drop the connection (the ``reset`` and ``truncated`` faults)."""


class MockState:
    """Everything one mock server holds. ``reset()`` returns it to the seeded state."""

    def __init__(self, settings: MockSettings, spec: Spec, cache: ValidatorCache | None = None) -> None:
        self.settings = settings
        self.spec = spec
        self.clock = Clock(settings.now, frozen=settings.freeze_clock)
        self.webhooks = WebhookDispatcher(self.clock, cache, settings.strict)
        #: Every strict-mode violation since startup (a reset keeps them; tests assert none).
        self.violations: list[dict[str, Any]] = []
        self.rate_limiter = RateLimiter(self.clock, settings.rate_limit)
        self.idempotency = IdempotencyStore(self.clock)
        self.faults = FaultInjector()
        self.reset()

    def reset(self, seed: int | None = None) -> None:
        if seed is not None:
            self.settings.seed = seed
        #: Fixtures are generated relative to this instant, so a seed and a --now give the same data.
        self.epoch = self.clock.now()
        self.directory = Directory()
        s = self.settings
        self.tokens = TokenService(
            self.directory, self.clock, s.jwt_secret, s.access_token_ttl_seconds, s.refresh_token_ttl_seconds
        )
        self.rate_limiter.reset()
        self.idempotency.reset()
        self.faults.clear()
        self.webhooks.deliveries.clear()
        self._stores: dict[str, TenantStore] = {}
        self._pending: dict[str, list[Callable[[TenantStore], None]]] = {}

    def store(self, tenant_id: str) -> TenantStore:
        """The tenant's state, seeded on first use."""
        store = self._stores.get(tenant_id)
        if store is None:
            store = self._stores[tenant_id] = seed_tenant(
                self.directory.tenants[tenant_id], self.settings.seed, self.epoch
            )
            for action in self._pending.pop(tenant_id, []):
                action(store)
        return store

    def when_seeded(self, tenant_id: str, action: Callable[[TenantStore], None]) -> None:
        """Run `action` on the tenant's store now if it is seeded, else right after it is.

        A login only appends to the audit trail, so it need not pay for seeding every service.
        """
        store = self._stores.get(tenant_id)
        if store is None:
            self._pending.setdefault(tenant_id, []).append(action)
        else:
            action(store)


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
_ENCODE_LOOSE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=_json_default).encode


def dump_json(body: Any) -> bytes:
    """Compact JSON; Decimal becomes a string and datetime an ISO-8601 ``Z`` string."""
    return _encode(body)[0]


def _encode(body: Any) -> tuple[bytes, bool]:
    """The bytes, and whether ``body`` held only JSON types (then it can be validated as it is)."""
    try:
        return _ENCODE(body).encode(), True
    except TypeError:
        return _ENCODE_LOOSE(body).encode(), False


_PREFER = re.compile(r"(code|example)\s*=\s*\"?([^\s,;\"]+)\"?")


async def _drop_connection(send: Send) -> bool:
    """Close the client's socket under uvicorn (whose ``send`` is bound to a cycle holding the
    transport) and wait until uvicorn has seen the connection go, so that returning afterwards
    is a clean end of the request (no "ASGI callable returned without ..." error in the log).
    False when there is no socket to close (in-process, e.g. ``httpx.ASGITransport``)."""
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None or not hasattr(transport, "close"):
        return False
    transport.close()  # the client reads EOF: no response at all, or the response cut short
    deadline = asyncio.get_running_loop().time() + 1.0
    while not getattr(cycle, "disconnected", True) and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.001)  # uvicorn's connection_lost marks the cycle disconnected
    return True


class Pipeline:
    """Serves one spec path (all its methods), or unknown paths when ``ops`` is empty."""

    def __init__(self, app: MockApp, template: str | None, ops: dict[str, Operation]) -> None:
        self.app = app
        self.template = template
        self.ops = ops
        self.validators = {m: RequestValidator(op, app.validator_cache) for m, op in ops.items()}
        self.allow = ", ".join(sorted(ops))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        app = self.app
        state = app.state_
        trace_id = uuid.uuid4().hex
        method = scope["method"]
        headers = Headers(scope=scope)
        op = self.ops.get(method)
        decision: RateDecision | None = None
        fault: Fault | None = None
        replayed = False
        is_example = False
        remember: tuple[str, str, str] | None = None  # (scope, Idempotency-Key, fingerprint) to store
        reply: Reply
        ctx: HandlerContext | None = None
        try:
            if not self.ops:
                raise ApiError(
                    404,
                    "NOT_FOUND",
                    f"No operation at {scope['path']}; every path starts with /v1/ (see the spec's paths)",
                )
            if op is None:
                raise ApiError(
                    405,
                    "METHOD_NOT_ALLOWED",
                    f"{method} is not allowed on {self.template}; allowed: {self.allow}",
                    headers={"Allow": self.allow},
                )
            if state.faults._faults:
                fault = state.faults.take(op.operation_id, self.template, scope["path"], method)
                if fault is not None and fault.fault != "slow":
                    await app.send_fault(fault, op, trace_id, scope, send)
                    return
                if fault is not None:
                    await asyncio.sleep(fault.delay_ms / 1000)

            # Authenticate, then charge the tenant the request acts in.
            user = claims = None
            active = headers.get("x-active-tenant-id")
            if op.security_required:
                user, claims = state.tokens.authenticate(headers.get("authorization"))
                bucket = active if active in user.memberships else claims["tenantId"]
                tenant = state.directory.tenants.get(bucket)
                decision = state.rate_limiter.take(
                    bucket, state.rate_limiter.limit_for(tenant.tier if tenant else "")
                )
            else:
                decision = app.anonymous_decision(scope)
            if not decision.allowed:
                raise ApiError(
                    429,
                    "RATE_LIMITED",
                    f"Rate limit of {decision.limit} requests per minute exceeded; retry in {decision.retry_after} seconds",
                    headers={"Retry-After": str(decision.retry_after)},
                )

            # Validate everything, then report every problem at once.
            validator = self.validators[method]
            query, problems = validator.parse_query(scope.get("query_string", b"").decode("latin-1"))
            problems += validator.check("query", query)
            path_params = validator.parse_path(scope.get("path_params", {}))
            problems += validator.check("path", path_params)
            header_params = validator.parse_headers(headers)
            problems += validator.check("header", header_params)
            raw_body = await _read_body(receive) if op.body_media_types else b""
            body, body_problems = validator.parse_body(headers.get("content-type"), raw_body)
            problems += body_problems
            if problems:
                raise validation_error(problems)
            query = {**validator.defaults, **query}

            principal: Principal | None = None
            if user is not None and claims is not None:
                principal = state.tokens.principal(user, claims, active)
                if principal.role == "viewer" and op.is_write:
                    raise ApiError(
                        403,
                        "FORBIDDEN",
                        f"Role viewer may not perform {op.operation_id}; ask an admin for a write role",
                    )
            extra_headers = app.deprecation(op)

            idem_key = headers.get("idempotency-key") if method == "POST" else None
            idem_scope = principal.tenant.id if principal else app.anonymous_key(scope)
            if idem_key:
                fp = fingerprint(
                    method, scope["path"], scope.get("query_string", b"").decode("latin-1"), raw_body
                )
                stored = state.idempotency.get(idem_scope, idem_key)
                if stored is not None:
                    if stored.fingerprint != fp:
                        status = 409 if op.documents(409) else 400
                        raise ApiError(
                            status,
                            "IDEMPOTENCY_KEY_REUSED",
                            f"Idempotency-Key {idem_key!r} was already used with a different request; "
                            "send a new key for a new request",
                        )
                    replayed = True
                    stored_headers = dict(stored.headers)
                    trace_id = stored_headers.pop("X-Request-Id", trace_id)
                    reply = Reply(
                        stored.status, stored.body, {**stored_headers, "Idempotent-Replayed": "true"}
                    )
                    raise _Replay(reply)
                remember = (idem_scope, idem_key, fp)

            ctx = HandlerContext(
                op=op,
                mock=state,
                principal=principal,
                store=state.store(principal.tenant.id) if principal else app.empty_store,
                path=path_params,
                query=query,
                headers=header_params,
                body=body,
                trace_id=trace_id,
                now=state.clock.now(),
                client_ip=(scope.get("client") or (None,))[0],
            )
            prefer = headers.get("prefer")
            handler = HANDLERS.get(op.operation_id)
            if prefer:
                reply = app.preferred_reply(op, prefer, trace_id)
                is_example = True
            elif handler is None:
                reply = app.example_reply(op, op.success_status, trace_id)
                if op.paginated and isinstance(reply.body, dict) and reply.body.get("next_cursor"):
                    # One page only: a client that follows next_cursor would otherwise loop forever.
                    reply.body = {**reply.body, "next_cursor": None}
                is_example = True
            elif op.operation_id in ASYNC_HANDLERS:
                reply = await handler(ctx)  # type: ignore[misc]
            else:
                reply = handler(ctx)  # type: ignore[assignment]
            reply.headers.update(extra_headers)
            if isinstance(reply.body, Iterator):
                if remember is not None or reply.media_type.endswith("json"):
                    # A replay stores the whole body, and strict mode checks a whole JSON document.
                    reply.body = b"".join(reply.body)
                else:  # produce the first chunk now, so that a failure is still a clean 500
                    reply.body = itertools.chain([next(reply.body, b"")], reply.body)
        except _Replay as replay:
            reply = replay.reply
        except ApiError as err:
            reply = Reply(err.status, err.body(trace_id), dict(err.headers))
            if err.status == 401 and "WWW-Authenticate" not in reply.headers:
                reply.headers["WWW-Authenticate"] = REALM
        except Exception as exc:  # a bug in a handler: answer the documented 500, loudly
            what = op.operation_id if op else scope["path"]
            log.exception("handler of %s failed (trace %s)", what, trace_id)
            state.violations.append(
                {"operation_id": what, "status": 500, "trace_id": trace_id, "problems": [repr(exc)]}
            )
            message = f"Internal error in the mock's handler of {what}: {exc!r}"
            reply = Reply(500, ApiError(500, "INTERNAL_ERROR", message).body(trace_id))

        if decision is None:
            decision = app.anonymous_decision(scope)
        rest: Iterator[bytes] | None = None  # the chunks after the first of a streamed body
        if isinstance(reply.body, Iterator):  # primed above: its first chunk is ready
            body_bytes, pure_json, rest = next(reply.body), False, reply.body
        elif isinstance(reply.body, bytes):
            body_bytes, pure_json = reply.body, False
        else:
            body_bytes, pure_json = _encode(reply.body)
        out_headers = {**reply.headers, **decision.headers(), "X-Request-Id": trace_id}
        if is_example:
            app.fill_example_headers(op, reply.status, out_headers, decision)

        if app.settings.strict and not replayed:
            parsed = reply.body if pure_json else _UNPARSED
            broken = app.contract.problems(
                op, reply.status, out_headers, body_bytes, reply.media_type, parsed
            )
            if (
                reply.status >= 400
                and isinstance(reply.body, dict)
                and reply.body.get("trace_id") != trace_id
            ):
                broken.append("the body's trace_id differs from X-Request-Id")
            if broken:
                body_bytes, reply, out_headers = app.contract_violation(op, reply, broken, trace_id, decision)

        if remember is not None and reply.status < 500:
            keep = {k: v for k, v in out_headers.items() if not k.lower().startswith("x-ratelimit")}
            state.idempotency.put(*remember, reply.status, body_bytes, keep)

        if rest is not None and reply.status < 300:
            await _send_stream(send, reply.status, out_headers, body_bytes, rest, reply.media_type, trace_id)
        else:
            await _send(send, reply.status, out_headers, body_bytes, reply.media_type)
        if ctx is not None:
            for task in ctx.background:
                try:
                    await task()
                except Exception:
                    log.exception("background task of %s failed", op.operation_id if op else "?")


class _Replay(Exception):
    def __init__(self, reply: Reply) -> None:
        self.reply = reply


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _send(
    send: Send, status: int, headers: dict[str, str], body: bytes, media_type: str | None
) -> None:
    raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
    if media_type and body:
        ct = media_type + ("; charset=utf-8" if media_type.startswith("text/") else "")
        raw.append((b"content-type", ct.encode("latin-1")))
    raw.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


async def _send_stream(
    send: Send,
    status: int,
    headers: dict[str, str],
    first: bytes,
    rest: Iterator[bytes],
    media_type: str,
    trace_id: str,
) -> None:
    """A streamed body (chunked over HTTP/1.1, no Content-Length): ``first`` (already produced, and
    checked in strict mode), then each chunk of ``rest`` as it is produced. A failure after the
    headers are sent can only cut the response short, so the connection is dropped."""
    raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
    ct = media_type + ("; charset=utf-8" if media_type.startswith("text/") else "")
    raw.append((b"content-type", ct.encode("latin-1")))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": first, "more_body": True})
    try:
        for chunk in rest:
            if chunk:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
    except Exception:
        log.exception("streamed body failed after the headers were sent (trace %s)", trace_id)
        raise ConnectionDropped() from None
    await send({"type": "http.response.body", "body": b""})


def _sort_key(path: str) -> tuple[tuple[int, str], ...]:
    """Literal segments sort before templated ones, so /instances/idle wins over /instances/{id}."""
    return tuple((1 if seg.startswith("{") else 0, seg) for seg in path.strip("/").split("/"))


class MockApp(Starlette):
    """The mock server. Build it with :func:`create_app`."""

    def __init__(
        self,
        settings: MockSettings,
        spec: Spec,
        compiled: tuple[ValidatorCache, ResponseContract] | None = None,
    ) -> None:
        from .control import control_routes

        self.settings = settings
        self.spec = spec
        self.validator_cache, self.contract = compiled or _compile(spec)
        handler_registry.load_all()
        self.state_ = MockState(settings, spec, self.contract.cache)
        self.sunsets = {op.operation_id: Sunset.of(spec, op) for op in spec.operations if op.deprecated}
        self.empty_store = TenantStore("", __import__("random").Random(0))
        routes: list[BaseRoute] = [Mount("/_mock", routes=control_routes(self))]
        #: The same routes for the hot path: a dict for literal paths, then templates in order.
        self._literal: dict[str, Pipeline] = {}
        self._templated: list[tuple[re.Pattern[str], Pipeline]] = []
        for template in sorted(spec.paths, key=_sort_key):
            pipeline = Pipeline(self, template, spec.paths[template])
            route = Route(template, endpoint=pipeline)
            routes.append(route)
            if "{" in template:
                self._templated.append((route.path_regex, pipeline))
            else:
                self._literal[template] = pipeline
        self._not_found = Pipeline(self, None, {})
        routes.append(Route("/{_unknown:path}", endpoint=self._not_found))
        super().__init__(routes=routes)

    def _route(self, path: str) -> tuple[Pipeline, dict[str, str]]:
        pipeline = self._literal.get(path)
        if pipeline is not None:
            return pipeline, {}
        for regex, pipeline in self._templated:
            match = regex.match(path)
            if match:
                return pipeline, match.groupdict()
        return self._not_found, {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            if scope["type"] == "http" and not scope["path"].startswith("/_mock"):
                # API requests skip Starlette's router and middleware: the pipeline answers every error itself.
                pipeline, params = self._route(scope["path"])
                scope["path_params"] = params
                await pipeline(scope, receive, send)
            else:
                await super().__call__(scope, receive, send)
        except ConnectionDropped:
            if await _drop_connection(send):
                return
            raise ConnectionResetError("tensorcost-mock dropped the connection (injected fault)") from None

    @property
    def mock(self) -> MockState:
        return self.state_

    # -- helpers of the pipeline ----------------------------------------------------------------

    def anonymous_key(self, scope: Scope) -> str:
        client = scope.get("client")
        return f"anonymous:{client[0] if client else '-'}"

    def anonymous_decision(self, scope: Scope) -> RateDecision:
        limiter = self.state_.rate_limiter
        return limiter.take(self.anonymous_key(scope), limiter.limit_for("standard"))

    def deprecation(self, op: Operation) -> dict[str, str]:
        """``Deprecation``/``Sunset``/``Link`` before a deprecated path's sunset; 410 GONE after it."""
        sunset = self.sunsets.get(op.operation_id)
        if sunset is None:
            return {}
        if self.state_.clock.now() > sunset.at:
            raise ApiError(
                410,
                "GONE",
                f"{op.method} {op.path} was removed on {sunset.at:%Y-%m-%d}; use {sunset.successor}",
                headers={"Link": sunset.headers["Link"]},
            )
        return dict(sunset.headers)

    def example_body(self, op: Operation, status: int, name: str | None = None) -> tuple[Any, str]:
        resp = op.response_for(status)
        if resp is None:
            raise ApiError(500, "INTERNAL_ERROR", f"{op.operation_id} documents no {status}")
        for media_type, media in resp.content.items():
            if name is not None:
                if name in media.examples:
                    return media.examples[name], media_type
                continue
            if media.example is not None:
                return media.example, media_type
            if media.examples:
                return next(iter(media.examples.values())), media_type
        if not resp.content:
            return b"", ""
        if name is not None:
            raise ApiError(
                400, "VALIDATION_FAILED", f"{op.operation_id} has no example named {name!r} for {status}"
            )
        raise ApiError(500, "INTERNAL_ERROR", f"{op.operation_id} has no example for {status} and no handler")

    def example_reply(self, op: Operation, status: int, trace_id: str, name: str | None = None) -> Reply:
        body, media_type = self.example_body(op, status, name)
        if isinstance(body, dict) and "trace_id" in body:
            body = {**body, "trace_id": trace_id}
        if isinstance(body, str) and not media_type.endswith("json"):
            body = body.encode()
        return Reply(status, body, {}, media_type or "application/json")

    def preferred_reply(self, op: Operation, prefer: str, trace_id: str) -> Reply:
        """Prism's ``Prefer: code=404`` / ``Prefer: example=name``, limited to what the spec documents."""
        wanted = dict(_PREFER.findall(prefer))
        code = wanted.get("code")
        name = wanted.get("example")
        if code is not None:
            if not code.isdigit() or op.responses.get(code) is None:
                raise ApiError(
                    400,
                    "VALIDATION_FAILED",
                    f"Prefer: code={code} is not a status {op.operation_id} documents ({', '.join(op.responses)})",
                    [
                        {
                            "location": "header",
                            "field": "Prefer",
                            "message": f"code must be one of {', '.join(op.responses)}",
                        }
                    ],
                )
            return self.example_reply(op, int(code), trace_id, name)
        if name is not None:
            for status in op.responses:
                if status.isdigit() and any(
                    name in m.examples for m in op.responses[status].content.values()
                ):
                    return self.example_reply(op, int(status), trace_id, name)
            raise ApiError(
                400,
                "VALIDATION_FAILED",
                f"{op.operation_id} has no example named {name!r}",
                [{"location": "header", "field": "Prefer", "message": "names no example of this operation"}],
            )
        return self.example_reply(op, op.success_status, trace_id)

    def fill_example_headers(
        self, op: Operation | None, status: int, headers: dict[str, str], decision: RateDecision
    ) -> None:
        """Documented headers an example reply lacks: Retry-After, WWW-Authenticate, else the spec's example."""
        resp = op.response_for(status) if op else None
        if resp is None:
            return
        present = {k.lower() for k in headers}
        for name, ptr in resp.headers.items():
            if name.lower() in present:
                continue
            if name.lower() == "retry-after":
                headers[name] = str(max(decision.retry_after, 1))
            elif name.lower() == "www-authenticate":
                headers[name] = REALM
            else:
                header = self.spec.resolve_pointer(ptr.rsplit("/schema", 1)[0])
                example = header.get("example", (header.get("schema") or {}).get("example"))
                if example is not None:
                    headers[name] = str(example)

    def contract_violation(
        self, op: Operation | None, reply: Reply, problems: list[str], trace_id: str, decision: RateDecision
    ) -> tuple[bytes, Reply, dict[str, str]]:
        what = op.operation_id if op else "an unknown path"
        log.error(
            "MOCK_CONTRACT_VIOLATION in %s (status %s, trace %s): %s",
            what,
            reply.status,
            trace_id,
            "; ".join(problems),
        )
        self.violations.append(
            {"operation_id": what, "status": reply.status, "trace_id": trace_id, "problems": problems}
        )
        body = {
            "success": False,
            "error": f"The mock's response to {what} broke the spec: {'; '.join(problems)[:2000]}",
            "code": "MOCK_CONTRACT_VIOLATION",
            "trace_id": trace_id,
        }
        return dump_json(body), Reply(500, body), {**decision.headers(), "X-Request-Id": trace_id}

    @property
    def violations(self) -> list[dict[str, Any]]:
        """Every strict-mode violation since startup (tests assert it stays empty)."""
        return self.state_.violations

    async def send_fault(self, fault: Fault, op: Operation, trace_id: str, scope: Scope, send: Send) -> None:
        # A fault stands in for the whole gateway, so it does not charge the rate limit.
        limit = self.state_.rate_limiter.limit_for("standard")
        headers = {
            **RateDecision(True, limit, limit, int(self.state_.clock.timestamp()), 0).headers(),
            "X-Request-Id": trace_id,
        }
        if fault.delay_ms:
            await asyncio.sleep(fault.delay_ms / 1000)
        kind = fault.fault
        if kind == "reset":
            raise ConnectionDropped()
        if kind == "html":
            page = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
            await _send(send, 502, headers, page, "text/html")
            return
        status, code, message = {
            "500": (500, "INTERNAL_ERROR", "Internal error (injected fault); retry the request"),
            "503": (
                503,
                "SERVICE_UNAVAILABLE",
                "Service unavailable (injected fault); retry after Retry-After seconds",
            ),
            "520": (
                520,
                "ORIGIN_ERROR",
                "The origin answered unexpectedly (injected fault); retry the request",
            ),
            "429": (
                429,
                "RATE_LIMITED",
                f"Rate limit exceeded (injected fault); retry in {fault.retry_after} seconds",
            ),
            "truncated": (op.success_status, "", ""),
        }[kind]
        if kind in ("503", "429"):
            headers["Retry-After"] = str(fault.retry_after)
        if kind == "truncated":
            body = dump_json(self.example_body(op, op.success_status)[0])
            raw = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
            raw += [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
            await send({"type": "http.response.start", "status": status, "headers": raw})
            await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
            raise ConnectionDropped()
        await _send(
            send,
            status,
            headers,
            dump_json(ApiError(status, code, message).body(trace_id)),
            "application/json",
        )


def _compile(spec: Spec) -> tuple[ValidatorCache, ResponseContract]:
    return ValidatorCache(spec), ResponseContract(spec, ValidatorCache(spec, outgoing=True))


#: (spec file, mtime) -> parsed spec and compiled validators; both are read-only once built,
#: so apps in one process (tests, fixtures) share them.
_COMPILED: dict[tuple[str, float], tuple[Spec, tuple[ValidatorCache, ResponseContract]]] = {}


def create_app(settings: MockSettings | None = None, **overrides: Any) -> MockApp:
    """The mock server as an ASGI app: ``create_app(seed=7, now=datetime(...), freeze_clock=True)``."""
    if settings is None:
        settings = MockSettings(**overrides)
    elif overrides:
        settings = settings.model_copy(update=overrides)
    path = find_spec_file(settings.spec)
    key = (str(path), path.stat().st_mtime)
    if key not in _COMPILED:
        spec = Spec(load_document(path), path)
        _COMPILED[key] = (spec, _compile(spec))
    spec, compiled = _COMPILED[key]
    return MockApp(settings, spec, compiled)
