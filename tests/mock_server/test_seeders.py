"""Seeders: one explicit order, each service's records drawn from its own random stream."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from tensorcost_mock import registry
from tensorcost_mock.fixtures import ACME, Tenant, seed_tenant, seeder
from tensorcost_mock.state import TenantStore

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def test_seeders_run_in_the_listed_order_with_their_own_streams() -> None:
    ran: list[tuple[str, float]] = []

    def recorder(name: str) -> object:
        @seeder(name)
        def fill(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
            ran.append((name, rng.random()))

        return fill

    seed_tenant(ACME, 7, NOW, [recorder("b"), recorder("a")])  # type: ignore[list-item]
    again: list[tuple[str, float]] = list(ran)
    ran.clear()
    seed_tenant(ACME, 7, NOW, [recorder("a")])  # type: ignore[list-item]
    assert [name for name, _ in again] == ["b", "a"]
    # "a" draws the same numbers whether or not "b" ran before it.
    assert ran == [again[1]]


def test_every_service_seeder_is_listed_once() -> None:
    services = [fill.service for fill in registry.SEEDERS]
    assert len(services) == len(set(services))
    for module in (*registry.SERVICES, *registry.SEED_MODULES):
        for value in vars(module).values():
            if callable(value) and getattr(value, "service", None) and value.__module__ == module.__name__:
                assert value in registry.SEEDERS, f"{module.__name__}.{value.__name__} is never run"


def test_every_handler_belongs_to_one_listed_service() -> None:
    handlers = registry.routes()
    assert handlers
    assert sum(len(registry.routes_of(m)) for m in registry.SERVICES) == len(handlers)
