"""world/: the seeded tenants and users are data, read into typed records; bad data is named."""

from __future__ import annotations

import pytest
from mock_helpers import ACME, NIMBUS, PASSWORD
from tensorcost_mock.world import Tenant, WorldError, parse_world, seeded_world

TENANT = {
    "key": "t",
    "id": "9e0c3f1a-0000-4000-8000-000000000001",
    "name": "T",
    "slug": "t",
    "tier": "standard",
}


def doc(**changes: object) -> dict[str, object]:
    user = {"id": 1, "email": "a@t.com", "name": "A", "roles": {"t": "admin"}}
    return {"password": "pw", "tenants": [TENANT], "users": [user], **changes}


def test_the_seeded_world_is_the_documented_one() -> None:
    world = seeded_world()
    assert world.password == PASSWORD
    assert world.tenants["acme"] == Tenant(ACME, "Acme AI", "acme-ai", "standard")
    assert world.tenants["nimbus"].id == NIMBUS
    assert world.tenants["nimbus"].tier == "enterprise"
    ana = next(u for u in world.users if u.email == "ana.ruiz@acme-ai.com")
    assert ana.memberships == {ACME: "admin", NIMBUS: "finops_analyst"}
    assert [u.id for u in world.users] == [1, 2, 3, 4, 5, 6, 7]


def test_fresh_users_are_copies() -> None:
    world = seeded_world()
    users = world.fresh_users()
    users[0].memberships.clear()
    assert world.fresh_users()[0].memberships  # the loaded world is unchanged


def test_a_minimal_world_loads() -> None:
    world = parse_world(doc())
    assert world.users[0].memberships == {TENANT["id"]: "admin"}
    assert world.users[0].password == "pw"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"password": ""}, "top level: `password` must be a non-empty string"),
        ({"tenants": [{**TENANT, "tier": "gold"}]}, "tenants[0]: `tier` must be one of standard, enterprise"),
        ({"tenants": [TENANT, TENANT]}, "tenants[1]: tenant key 't' is used twice"),
        ({"tenants": [{**TENANT, "name": 3}]}, "tenants[0]: `name` must be a non-empty string, got 3"),
        (
            {"users": [{"id": "1", "email": "a@t.com", "name": "A", "roles": {"t": "admin"}}]},
            "users[0]: `id`",
        ),
        (
            {"users": [{"id": 1, "email": "a@t.com", "name": "A", "roles": {"x": "admin"}}]},
            "users[0]: no tenant 'x'",
        ),
        ({"users": [{"id": 1, "email": "a@t.com", "name": "A", "roles": {"t": "boss"}}]}, "role 'boss' in t"),
        ({"users": [{"id": 1, "email": "a@t.com", "name": "A", "roles": {}}]}, "users[0]: `roles` must map"),
    ],
)
def test_bad_data_is_named(changes: dict[str, object], message: str) -> None:
    with pytest.raises(WorldError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_world(doc(**changes))
