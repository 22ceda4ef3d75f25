"""The world this process serves (``world/*.toml``, or ``--world FILE``) and the running of seeders.

Every tenant's data is generated on first use by the service modules' seeders, in the order
``registry.py`` lists them; each seeder gets its own ``random.Random`` derived from the
server seed, the tenant and the service name, so adding a service never changes another's data.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol, cast

from .state import TenantStore
from .world import Instance, InstanceType, Model, ModelStream, Tenant, User, World, active_world, seeded_world

__all__ = [
    "ACME",
    "NIMBUS",
    "PASSWORD",
    "TENANTS",
    "WORLD",
    "Instance",
    "InstanceType",
    "Model",
    "ModelStream",
    "Seeder",
    "Tenant",
    "User",
    "World",
    "seed_tenant",
    "seed_users",
    "seeder",
]

#: The world this process serves (``world/*.toml``, or the file ``--world`` names): tenants, users,
#: fleets, models, streams, channels and budgets.
WORLD: World = active_world()
_WORLD = WORLD
#: Password of every seeded user (documented in mock_server/README.md).
PASSWORD = _WORLD.password
#: The shipped world's tenants, which the spec's examples name (a user's world may have others).
ACME = seeded_world().tenants["acme"]
NIMBUS = seeded_world().tenants["nimbus"]
TENANTS = tuple(_WORLD.tenants.values())


def seed_users() -> list[User]:
    """The seeded users (new copies each time); Ana Ruiz (the spec's login example) is admin of Acme
    and analyst at Nimbus."""
    return _WORLD.fresh_users()


class Seeder(Protocol):
    """Fills a tenant's store for one service; ``service`` names it (and derives its random stream)."""

    service: str

    def __call__(self, store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None: ...


SeedFunction = Callable[[TenantStore, Tenant, random.Random, datetime], None]


def seeder(service: str) -> Callable[[SeedFunction], Seeder]:
    """Name the function that fills a tenant's store for one service (it registers nothing).

    It runs once per tenant, on the tenant's first request, with ``now`` = the clock at that time
    (or at ``--now``), and must be deterministic given its ``rng``. The order in which seeders run
    is the explicit list ``SEEDERS`` in ``registry.py``.
    """

    def name(fn: SeedFunction) -> Seeder:
        fn.service = service  # type: ignore[attr-defined]
        return cast(Seeder, fn)

    return name


def seed_tenant(tenant: Tenant, seed: int, now: datetime, seeders: Sequence[Seeder]) -> TenantStore:
    """A new store for ``tenant``, filled by ``seeders`` in order; each gets its own random stream,
    derived from the seed, the tenant and the service, so one service's data never shifts another's."""
    store = TenantStore(tenant.id, random.Random(f"{seed}:{tenant.id}:ids"))
    for fill in seeders:
        fill(store, tenant, random.Random(f"{seed}:{tenant.id}:{fill.service}"), now)
    return store
