"""The runtime: the one object that holds a mock server's live state.

One ``Runtime`` per server: the clock, the directory of tenants and users, the token service, the
per-tenant stores (seeded on first use by the seeders the server hands it, in their order), the
rate limiter, the event bus, the idempotency keys, the armed faults, the webhook dispatcher and the strict-mode
violations. ``reset()`` returns it to the seeded state (the clock and the violations stay).

The world lives: ``live(store, now, background)`` runs the registry's tickers (rules over the windows
that closed, escalations, scheduled exports) for a tenant before each of its requests and, through
``live_everywhere``, whenever the control surface moves the clock.
"""

from __future__ import annotations

import functools
import logging
import random
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar, cast

from .auth import Directory, TokenService
from .clock import Clock
from .events import Emit, EventBus, Subscription, Ticker, WebhookRaised
from .faults import FaultInjector
from .fixtures import Seeder, seed_tenant
from .idempotency import IdempotencyStore
from .rate_limit import RateLimiter
from .settings import MockSettings
from .spec import Spec, ValidatorCache
from .state import TenantStore
from .webhooks import WebhookDispatcher

log = logging.getLogger("tensorcost_mock")
R = TypeVar("R")


class Runtime:
    """Everything one mock server holds between requests."""

    def __init__(
        self,
        settings: MockSettings,
        spec: Spec,
        seeders: Sequence[Seeder],
        outgoing: ValidatorCache | None = None,
        subscriptions: Sequence[Subscription] = (),
        reads: Sequence[object] = (),
        tickers: Sequence[Ticker] = (),
    ) -> None:
        self.settings = settings
        self.spec = spec
        self.seeders = tuple(seeders)
        #: Cross-service effects: services publish events here, the owners of the effects subscribe.
        self.bus = EventBus(subscriptions)
        #: Reads across services: per reading service, its ``domain.<svc>.Reads`` of plain functions
        #: the owners of the data provide (handed in by ``registry.py``), keyed by type.
        self._reads: dict[type, object] = {type(r): r for r in reads}
        #: The rules of the living world, in the order they run (see :meth:`live`).
        self.tickers = tuple(tickers)
        self.clock = Clock(settings.now, frozen=settings.freeze_clock)
        self.webhooks = WebhookDispatcher(
            self.clock, outgoing, settings.strict, lambda: self.settings.allow_webhook_ports
        )
        self.webhooks.own_ports.add(settings.port)
        #: Every strict-mode violation since startup (a reset keeps them; tests assert none).
        self.violations: list[dict[str, Any]] = []
        self.rate_limiter = RateLimiter(self.clock, settings.rate_limit)
        self.idempotency = IdempotencyStore(self.clock)
        self.faults = FaultInjector()
        #: The store of operations that act in no tenant (``security: []``).
        self.empty_store = TenantStore("", random.Random(0))
        self.reset()

    def reset(self, seed: int | None = None) -> None:
        """Re-seed every tenant; forget tokens, buckets, idempotency keys, faults and deliveries."""
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
        #: Per tenant, the mock second its world was last brought up to.
        self._lived: dict[str, int] = {}

    def reads(self, kind: type[R]) -> R:
        """The reads of one service (``runtime.reads(domain.report.Reads)``) this server was built with."""
        found = self._reads.get(kind)
        if found is None:
            raise LookupError(f"This server was built without {kind.__module__}.{kind.__qualname__}")
        return cast(R, found)

    def store(self, tenant_id: str) -> TenantStore:
        """The tenant's store, seeded on first use."""
        store = self._stores.get(tenant_id)
        if store is None:
            store = self._stores[tenant_id] = seed_tenant(
                self.directory.tenants[tenant_id], self.settings.seed, self.epoch, self.seeders
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

    # -- the living world ---------------------------------------------------------------------------

    def emit(
        self, store: TenantStore, event_type: str, data: Any, background: list[Callable[[], Awaitable[Any]]]
    ) -> dict[str, Any]:
        """Send a webhook event of the spec's catalog to the tenant's subscribed endpoints.

        The event is checked against the spec now and published on the bus as ``WebhookRaised``;
        notification, which keeps the endpoints, picks the ones subscribed, and each delivery is
        appended to ``background`` (run after the response is sent).
        """
        event = self.webhooks.event(store, event_type, data)

        def deliver(endpoint: dict[str, Any]) -> None:
            background.append(functools.partial(self.webhooks.deliver, endpoint, event))

        self.bus.publish(WebhookRaised(store, event, deliver))
        return event

    def live(self, store: TenantStore, now: datetime, background: list[Callable[[], Awaitable[Any]]]) -> None:
        """Bring the tenant's world up to ``now``: every ticker in order, at most once per mock second."""
        second = int(now.timestamp())
        if self._lived.get(store.tenant_id) == second:
            return
        self._lived[store.tenant_id] = second
        emit: Emit = functools.partial(self.emit, store, background=background)
        for ticker in self.tickers:
            ticker(store, now, emit)

    def live_everywhere(self, background: list[Callable[[], Awaitable[Any]]]) -> None:
        """Bring every seeded tenant up to the clock (after the control surface moved it)."""
        now = self.clock.now()
        for store in list(self._stores.values()):
            self.live(store, now, background)

    async def catch_up(self) -> None:
        """Bring every seeded tenant up to the clock and deliver the webhooks that sent."""
        deliveries: list[Callable[[], Awaitable[Any]]] = []
        self.live_everywhere(deliveries)
        for deliver in deliveries:
            try:
                await deliver()
            except Exception:  # a delivery records its own failure; never stop the world for one
                log.exception("a webhook delivery failed")
