"""Seeded tenants, users and the registry of per-service seeders.

Every tenant's data is generated on first use by the seeders that service modules register
with ``@seeder("cost")``; each seeder gets its own ``random.Random`` derived from the server
seed, the tenant and the service name, so adding a service never changes another's data.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

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


Seeder = Callable[[TenantStore, Tenant, random.Random, datetime], None]
#: service name -> seeder, in registration order (handler modules are imported alphabetically)
SEEDERS: dict[str, Seeder] = {}
#: service name -> the services whose seeders must run before it
SEEDER_AFTER: dict[str, tuple[str, ...]] = {}


def seeder(service: str, *, after: tuple[str, ...] = ()) -> Callable[[Seeder], Seeder]:
    """Register the function that fills a tenant's store for one service.

    It runs once per tenant, on the tenant's first request, with ``now`` = the clock at that time
    (or at ``--now``), and must be deterministic given its ``rng``. Seeders run in registration
    order, except that one declared ``after=("gpu", "ai")`` runs after those services' seeders, so
    it can refer to their records (a name that no module registers is ignored).
    """

    def register(fn: Seeder) -> Seeder:
        SEEDERS[service] = fn
        SEEDER_AFTER[service] = tuple(after)
        return fn

    return register


def seeding_order() -> list[str]:
    """The services in the order their seeders run: registration order, dependencies first."""
    order: list[str] = []
    visiting: list[str] = []

    def visit(service: str) -> None:
        if service in order or service not in SEEDERS:
            return
        if service in visiting:
            cycle = " -> ".join([*visiting[visiting.index(service) :], service])
            raise ValueError(f"Seeders depend on each other in a cycle: {cycle}")
        visiting.append(service)
        for dep in SEEDER_AFTER.get(service, ()):
            visit(dep)
        visiting.pop()
        order.append(service)

    for service in SEEDERS:
        visit(service)
    return order


def seed_tenant(tenant: Tenant, seed: int, now: datetime) -> TenantStore:
    store = TenantStore(tenant.id, random.Random(f"{seed}:{tenant.id}:ids"))
    for service in seeding_order():
        SEEDERS[service](store, tenant, random.Random(f"{seed}:{tenant.id}:{service}"), now)
    return store
