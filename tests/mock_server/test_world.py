"""world/: the seeded world (tenants, users, fleets, models, streams, channels, budgets) is data, read into
typed records; bad data is named by file, line and entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from mock_helpers import ACME, NIMBUS, PASSWORD
from tensorcost_mock.world import Tenant, WorldError, load_world, parse_world, seeded_world

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


# -- fleets, models, streams, channels, budgets ------------------------------------------------------

TYPES = {"g5.xlarge": {"provider": "aws", "gpu_type": "A10G-24GB", "gpu_count": 1, "hourly_usd": "1.006"}}
INSTANCE = {
    "tenant": "t",
    "id": "gpu_AAAAAAAAAAAA",
    "name": "box-1",
    "type": "g5.xlarge",
    "region": "us-east-1",
    "state": "running",
    "workload": "infer",
    "launched_hours_ago": 100.0,
    "hostname": "box-1.internal",
    "tags": {"team": "ml"},
}
MODEL = {"id": "m-1", "input": "1", "output": "5", "ms_per_output_token": 7}


def test_the_seeded_fleet_is_one_fleet_per_tenant() -> None:
    world = seeded_world()
    for tenant in (ACME, NIMBUS):
        fleet = world.fleet(tenant)
        assert len(fleet) >= 40
        assert len({i.id for i in fleet}) == len(fleet)
        assert {i.name for i in world.watched(tenant)} == {
            "gpu-train-07",
            "gpu-train-03",
            "gpu-embed-02",
            "gpu-dev-12",
        }
    # The spec's examples name these instances; they are Acme's, in one region each.
    dev = world.instance_named(ACME, "gpu-dev-12")
    assert (dev.id, dev.region, dev.type.name, str(dev.hourly_usd)) == (
        "gpu_8DwkNhFdnXsiVp",
        "us-east-1",
        "g5.12xlarge",
        "5.672",
    )
    assert world.instance_named(ACME, "gpu-train-07").id == "gpu_4Hx8Jk2Lm9Qw"
    assert not {i.id for i in world.fleet(ACME)} & {i.id for i in world.fleet(NIMBUS)}
    # Each tenant's integration connections; the spec's example ids are Acme's.
    assert "con_4Hn8QpR2sTvW" in {c.id for c in world.connections_of(ACME)}
    assert len(world.connections_of(NIMBUS)) >= 5
    # One price table: every watched stream's model is priced there.
    assert all(s.model_id in world.models for s in world.model_streams)


def test_fleet_models_and_streams_load() -> None:
    world = parse_world(
        doc(
            instance_types=TYPES,
            instances=[INSTANCE],
            models=[MODEL],
            model_streams=[
                {
                    "application": "a",
                    "team": "ml",
                    "source": "openai_api",
                    "model": "m-1",
                    "hourly_usd": "2.50",
                    "tokens_per_request": 900,
                }
            ],
        )
    )
    (box,) = world.fleet(TENANT["id"])
    assert (box.team, box.type.gpu_count, str(box.hourly_usd), box.agent_id) == ("ml", 1, "1.006", None)
    assert str(world.models["m-1"].blended_per_mtok) == "1.8"
    assert world.model_streams[0].model is world.models["m-1"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"instances": [{**INSTANCE, "type": "p9"}]}, "instances[0]: no instance type 'p9'"),
        (
            {"instances": [INSTANCE, {**INSTANCE, "name": "box-2"}]},
            "instances[1]: id 'gpu_AAAAAAAAAAAA' is used twice",
        ),
        ({"instances": [{**INSTANCE, "id": "gpu-1"}]}, "instances[0]: `id` must be gpu_ followed by 10-32"),
        ({"instances": [{**INSTANCE, "tenant": "x"}]}, "instances[0]: no tenant 'x'"),
        ({"instances": [{**INSTANCE, "state": "asleep"}]}, "instances[0]: `state` must be one of running"),
        (
            {"instances": [{**INSTANCE, "mig_gpus": [3]}]},
            "instances[0]: `mig_gpus` must list GPU indices below 1",
        ),
        (
            {"instances": [{**INSTANCE, "usage": {"busy_util": 120, "idle_share": 0.1}}]},
            "`busy_util` must be",
        ),
        (
            {"models": [{**MODEL, "input": 3}]},
            'models[0]: `input` must be a decimal string of USD such as "5.672"',
        ),
        ({"models": [MODEL, MODEL]}, "models[1]: model 'm-1' is listed twice"),
        (
            {"model_streams": [{"application": "a", "team": "t", "source": "bedrock", "model": "nope"}]},
            "model_streams[0]: no model 'nope'",
        ),
        (
            {"channels": [{"key": "c", "type": "fax", "name": "F", "age_days": 1}]},
            "channels[0]: `type` must be one of",
        ),
        (
            {
                "connections": [
                    {
                        "tenant": "t",
                        "name": "AWS",
                        "provider": "aws",
                        "account_id": "1",
                        "auth": {"method": "api_key"},
                        "age_days": 1,
                    }
                ]
            },
            "connections[0]: `auth` must be a table whose `method` is 'aws_assume_role' for aws",
        ),
        (
            {
                "budgets": [
                    {
                        "key": "b",
                        "parent": "a",
                        "name": "B",
                        "limit_usd": "1",
                        "time_unit": "monthly",
                        "age_days": 1,
                    }
                ]
            },
            "budgets[0]: `parent` must name a budget listed before it",
        ),
    ],
)
def test_bad_world_entries_are_named(changes: dict[str, object], message: str) -> None:
    base = {"instance_types": TYPES, "models": [MODEL]}
    with pytest.raises(WorldError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_world(doc(**{**base, **changes}))


def test_an_error_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "world.toml"
    tenant = '[[tenants]]\nkey = "{k}"\nid = "{k}-1"\nname = "T"\nslug = "{k}"\ntier = "{tier}"\n\n'
    head = 'password = "pw"\nusers = []\ninstances = []\n\n'
    path.write_text(
        head + tenant.format(k="t", tier="standard") + tenant.format(k="u", tier="gold"), encoding="utf-8"
    )
    with pytest.raises(WorldError, match=r"world\.toml:12: tenants\[1\]: `tier` must be one of"):
        load_world(path)
    path.write_text(head + tenant.format(k="t", tier="standard"), encoding="utf-8")
    with pytest.raises(
        WorldError, match=r"world\.toml:5: tenants\[0\]: tenant 't' needs a user with the role owner"
    ):
        load_world(path)
    path.write_text('password = "pw"\n', encoding="utf-8")
    with pytest.raises(WorldError, match=r"world\.toml: a world file needs \[\[tenants\]\] entries"):
        load_world(path)
    path.write_text('password = "pw"\n[[tenants]\n', encoding="utf-8")
    with pytest.raises(WorldError, match=r"world\.toml: not valid TOML"):
        load_world(path)
