"""Seeded tenants, users and the registry of per-service seeders.

Every tenant's data is generated on first use by the service modules' seeders, in the order
``handlers/registry.py`` lists them; each seeder gets its own ``random.Random`` derived from the
server seed, the tenant and the service name, so adding a service never changes another's data.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, cast

from .state import TenantStore

#: Password of every seeded user (documented in mock_server/README.md).
PASSWORD = "correct-horse-battery-staple"


@dataclass(frozen=True)
class Tenant:
    id: str
    name: str
    slug: str
    tier: str  # standard | enterprise


@dataclass
class User:
    id: int
    email: str
    name: str
    password: str
    #: tenant id -> role (owner, admin, finops_analyst, engineer, viewer)
    memberships: dict[str, str] = field(default_factory=dict)


ACME = Tenant("3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01", "Acme AI", "acme-ai", "standard")
NIMBUS = Tenant("8b1e4d7a-2c9f-4a6e-b3d5-7f0a1c2e9d48", "Nimbus Robotics", "nimbus-robotics", "enterprise")
TENANTS = (ACME, NIMBUS)


def seed_users() -> list[User]:
    """The seeded users; Ana Ruiz (the spec's login example) is admin of Acme and analyst at Nimbus."""
    return [
        User(
            1, "ana.ruiz@acme-ai.com", "Ana Ruiz", PASSWORD, {ACME.id: "admin", NIMBUS.id: "finops_analyst"}
        ),
        User(2, "li.wei@acme-ai.com", "Li Wei", PASSWORD, {ACME.id: "owner"}),
        User(3, "priya.shah@acme-ai.com", "Priya Shah", PASSWORD, {ACME.id: "finops_analyst"}),
        User(4, "marco.bianchi@acme-ai.com", "Marco Bianchi", PASSWORD, {ACME.id: "engineer"}),
        User(5, "sam.okafor@acme-ai.com", "Sam Okafor", PASSWORD, {ACME.id: "viewer"}),
        User(6, "hana.sato@nimbus-robotics.com", "Hana Sato", PASSWORD, {NIMBUS.id: "owner"}),
        User(7, "diego.alvarez@nimbus-robotics.com", "Diego Alvarez", PASSWORD, {NIMBUS.id: "viewer"}),
    ]


class Seeder(Protocol):
    """Fills a tenant's store for one service; ``service`` names it (and derives its random stream)."""

    service: str

    def __call__(self, store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None: ...


SeedFunction = Callable[[TenantStore, Tenant, random.Random, datetime], None]


def seeder(service: str) -> Callable[[SeedFunction], Seeder]:
    """Name the function that fills a tenant's store for one service (it registers nothing).

    It runs once per tenant, on the tenant's first request, with ``now`` = the clock at that time
    (or at ``--now``), and must be deterministic given its ``rng``. The order in which seeders run
    is the explicit list ``SEEDERS`` in ``handlers/registry.py``.
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
