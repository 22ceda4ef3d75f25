"""The app factory: a plain ASGI app that routes the spec's paths through the pipeline and
``/_mock`` to the control surface (a Starlette router, which also answers ``lifespan``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from starlette.routing import Mount
from starlette.routing import Router as StarletteRouter
from starlette.types import Receive, Scope, Send

from tensorcost_mock import registry as services
from tensorcost_mock.api.context import Handler
from tensorcost_mock.fixtures import Seeder
from tensorcost_mock.runtime import Runtime
from tensorcost_mock.settings import MockSettings
from tensorcost_mock.spec import (
    ResponseContract,
    RoleHierarchy,
    Spec,
    ValidatorCache,
    find_spec_file,
    load_document,
)

from .control import control_routes, control_token_matches, refuse_control
from .examples import Examples
from .pipeline import Exchange, run
from .router import Router
from .wire import ConnectionDropped, drop_connection


class MockApp:
    """The mock server as an ASGI app. Build it with :func:`create_app`."""

    def __init__(
        self,
        settings: MockSettings,
        spec: Spec,
        compiled: tuple[ValidatorCache, ResponseContract] | None = None,
        *,
        handlers: Mapping[str, Handler] | None = None,
        seeders: Sequence[Seeder] | None = None,
    ) -> None:
        self.settings = settings
        self.spec = spec
        self.validator_cache, self.contract = compiled or compile_spec(spec)
        #: operationId -> handler; an operation without one answers its spec example.
        self.handlers: dict[str, Handler] = dict(services.routes() if handlers is None else handlers)
        self.runtime = Runtime(
            settings,
            spec,
            services.SEEDERS if seeders is None else seeders,
            self.contract.cache,
            services.SUBSCRIPTIONS,
            services.READS,
            services.TICKERS,
        )
        self.examples = Examples(spec)
        #: The spec's role hierarchy (``x-role-includes`` on ``Role``), for each operation's least role.
        self.roles = RoleHierarchy.from_document(spec.document)
        self.router = Router(spec, self.validator_cache)
        self.control = StarletteRouter(
            routes=[Mount("/_mock", routes=control_routes(self.runtime, self.handlers))]
        )

    @property
    def violations(self) -> list[dict[str, Any]]:
        """Every strict-mode violation since startup (tests assert it stays empty)."""
        return self.runtime.violations

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        server = scope.get("server")
        if server and server[1] is not None:  # where it listens: webhooks never call it
            self.runtime.webhooks.own_ports.add(server[1])
        if scope["type"] != "http":
            await self.control(scope, receive, send)  # lifespan
            return
        if scope["path"].startswith("/_mock") and self.settings.control:  # off: 404 as any unknown path
            if control_token_matches(self.settings.control_token, scope):
                await self.control(scope, receive, send)
            else:
                await refuse_control(scope, receive, send)
            return
        found = self.router.match(scope["path"])
        route, params = found if found is not None else (None, {})
        try:
            await run(Exchange(self, scope, receive, send, route, params))
        except ConnectionDropped:
            if await drop_connection(send):
                return
            raise ConnectionResetError("tensorcost-mock dropped the connection (injected fault)") from None


def compile_spec(spec: Spec) -> tuple[ValidatorCache, ResponseContract]:
    """The request validators' cache and the strict response contract of a spec."""
    incoming = ValidatorCache(spec)
    return incoming, ResponseContract(spec, ValidatorCache(spec, outgoing=True, shares=incoming))


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
        _COMPILED[key] = (spec, compile_spec(spec))
    spec, compiled = _COMPILED[key]
    return MockApp(settings, spec, compiled)
