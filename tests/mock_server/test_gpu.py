"""gpu: the seeded fleet, its filters and pages, DCGM series, idle detection, MIG topology, agents."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from mock_helpers import ACME, NIMBUS, bearer, get, make_app
from tensorcost_mock import MockApp
from tensorcost_mock.world import seeded_world

pytestmark = pytest.mark.asyncio

# Spec-example instances seeded into Acme with their ids.
TRAIN_LLM_A = "gpu_8Fh3kQ2mZx7P"  # p5.48xlarge, 8 x H100, busy
NOTEBOOK_ANA = "gpu_5Tq7Wn2Ks8Hd"  # g5.2xlarge, 1 x A10G, idle for days
INFERENCE_03 = "gpu_2Lm9Rt4vNc6Q"  # g6e.12xlarge, 4 x L40S, idle since ~41 h
AKS_MIG_HOST = "gpu_6Wd4Jx9Mb3Lc"


async def all_instances(client: httpx.AsyncClient, app: MockApp, tenant: str | None = None) -> list[dict]:
    body = await get(client, app, "/v1/gpu/instances", tenant, limit=500)
    assert body["next_cursor"] is None
    return body["data"]


async def series(client: httpx.AsyncClient, app: MockApp, instance_id: str, hours: int) -> list[dict]:
    samples: list[dict] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"hours": hours, "limit": 500} | ({"cursor": cursor} if cursor else {})
        body = await get(client, app, f"/v1/gpu/instances/{instance_id}/metrics", **params)
        samples += body["data"]
        cursor = body["next_cursor"]
        if cursor is None:
            return samples


async def test_fleet_is_dozens_of_instances_across_types_and_regions(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    for tenant in (None, NIMBUS):
        fleet = await all_instances(client, app, tenant)
        assert len(fleet) >= 40
        assert len({i["instance_type"] for i in fleet}) >= 8
        assert len({i["region"] for i in fleet}) >= 5
        assert {"running", "stopped", "terminated", "pending"} <= {i["state"] for i in fleet}
        assert any(i["mig_enabled"] for i in fleet)
        launched = [i["launched_at"] for i in fleet]
        assert launched == sorted(launched, reverse=True)  # newest launch first


async def test_filters_match_the_inventory(client: httpx.AsyncClient, app: MockApp) -> None:
    fleet = await all_instances(client, app)
    cases: list[tuple[dict[str, Any], Any]] = [
        ({"state": "running"}, lambda i: i["state"] == "running"),
        ({"instance_type": "p5.48xlarge"}, lambda i: i["instance_type"] == "p5.48xlarge"),
        ({"gpu_type": "A100-80GB"}, lambda i: i["gpu_type"] == "A100-80GB"),
        ({"region": "us-west-2"}, lambda i: i["region"] == "us-west-2"),
        ({"tags": "team:search"}, lambda i: i["tags"].get("team") == "search"),
        (  # a repeated parameter adds pairs, like a comma
            {"tags": ["team:ml-platform", "environment:dev"], "state": "running"},
            lambda i: (
                i["tags"].get("team") == "ml-platform"
                and i["tags"].get("environment") == "dev"
                and i["state"] == "running"
            ),
        ),
        (
            {"tags": "team:ml-platform,environment:dev", "state": "running"},
            lambda i: (
                i["tags"].get("team") == "ml-platform"
                and i["tags"].get("environment") == "dev"
                and i["state"] == "running"
            ),
        ),
    ]
    for params, keep in cases:
        got = (await get(client, app, "/v1/gpu/instances", limit=500, **params))["data"]
        expected = [i for i in fleet if keep(i)]
        assert got == expected, params
        assert 0 < len(got) < len(fleet), params
    none = await get(client, app, "/v1/gpu/instances", tags="team:nobody")
    assert none["data"] == []
    assert none["next_cursor"] is None


async def test_pages_cover_the_fleet_once(client: httpx.AsyncClient, app: MockApp) -> None:
    fleet = await all_instances(client, app)
    seen: list[str] = []
    cursor = None
    while True:
        body = await get(client, app, "/v1/gpu/instances", limit=7, **({"cursor": cursor} if cursor else {}))
        assert body["count"] == len(body["data"]) <= 7
        seen += [i["id"] for i in body["data"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == [i["id"] for i in fleet]


async def test_get_instance_has_the_latest_sample_of_each_gpu(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    detail = (await get(client, app, f"/v1/gpu/instances/{TRAIN_LLM_A}"))["data"]
    assert detail["name"] == "train-llm-a"
    assert detail["gpu_count"] == 8
    latest = detail["latest_metrics"]
    assert [s["gpu_index"] for s in latest] == list(range(8))
    assert {s["timestamp"] for s in latest} == {"2026-11-26T12:00:00Z"}  # the mock clock
    assert all(s["gr_engine_active"] > 0.7 for s in latest)  # a training job keeps its GPUs busy
    last_page = await series(client, app, TRAIN_LLM_A, 1)
    assert last_page[-8:] == latest
    # An instance without an agent has no metrics.
    stopped = (await get(client, app, "/v1/gpu/instances/gpu_9Rk5Hs3Gf2Nv"))["data"]
    assert stopped["agent_id"] is None
    assert stopped["latest_metrics"] == []


async def test_metrics_series_pages_in_time_then_gpu_order(client: httpx.AsyncClient, app: MockApp) -> None:
    samples = await series(client, app, INFERENCE_03, 2)
    assert len(samples) == (2 * 60 + 1) * 4  # one sample a minute per GPU, both ends included
    keys = [(s["timestamp"], s["gpu_index"]) for s in samples]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)
    assert samples[0]["timestamp"] == "2026-11-26T10:00:00Z"
    assert all(s["fb_used"] + s["fb_free"] == 46068 for s in samples)  # L40S framebuffer, MiB
    assert all(s["gr_engine_active"] < 0.1 and s["gpu_util"] <= 0.1 for s in samples)  # it idles
    body = await get(client, app, f"/v1/gpu/instances/{INFERENCE_03}/metrics", hours=2, limit=100)
    assert body["count"] == 100
    assert body["next_cursor"] is not None


async def test_idle_instances_are_computed_from_the_series(client: httpx.AsyncClient, app: MockApp) -> None:
    idle = (await get(client, app, "/v1/gpu/instances/idle", threshold=10, lookback_hours=1))["data"]
    by_id = {e["instance"]["id"]: e for e in idle}
    assert {NOTEBOOK_ANA, INFERENCE_03} <= set(by_id)
    for instance_id in (NOTEBOOK_ANA, INFERENCE_03):
        entry = by_id[instance_id]
        samples = await series(client, app, instance_id, 1)
        mean = sum(Decimal(str(s["gr_engine_active"])) for s in samples) / len(samples) * 100
        assert abs(Decimal(str(entry["avg_activity_pct"])) - mean) <= Decimal("0.005")
        hourly = Decimal(entry["instance"]["hourly_cost"]["amount"])
        wasted = (hourly * Decimal(str(entry["idle_hours"]))).quantize(Decimal("0.01"))
        assert entry["wasted_cost"] == {"amount": str(wasted), "currency": "USD"}
        assert entry["idle_since"] < "2026-11-25T00:00:00Z"
    # A busy instance is left out, and its own samples say why.
    assert TRAIN_LLM_A not in by_id
    busy = await series(client, app, TRAIN_LLM_A, 1)
    assert sum(s["gr_engine_active"] for s in busy) / len(busy) > 0.1
    wasted = [Decimal(e["wasted_cost"]["amount"]) for e in idle]
    assert wasted == sorted(wasted, reverse=True)
    assert all(e["instance"]["state"] == "running" for e in idle)


async def test_threshold_and_lookback_change_the_answer(client: httpx.AsyncClient, app: MockApp) -> None:
    async def idle_ids(**params: Any) -> set[str]:
        return {
            e["instance"]["id"] for e in (await get(client, app, "/v1/gpu/instances/idle", **params))["data"]
        }

    default = await idle_ids()
    assert default == await idle_ids(threshold=10, lookback_hours=24)
    assert default < await idle_ids(threshold=20)  # the 10-15 % instances join
    assert await idle_ids(threshold=0) == set()
    assert await idle_ids(lookback_hours=168) != default  # over a week, recently idled ones average higher


async def test_mig_topology_has_valid_a100_h100_layouts(client: httpx.AsyncClient, app: MockApp) -> None:
    profiles = {  # profile -> (compute slices, memory slices, valid first memory slices)
        "1g.10gb": (1, 1, range(7)),
        "1g.20gb": (1, 2, (0, 2, 4, 6)),
        "2g.20gb": (2, 2, (0, 2, 4)),
        "3g.40gb": (3, 4, (0, 4)),
        "4g.40gb": (4, 4, (0,)),
        "7g.80gb": (7, 8, (0,)),
    }
    fleet = {i["id"]: i for i in await all_instances(client, app)}
    hosts = (await get(client, app, "/v1/gpu/mig"))["data"]
    assert AKS_MIG_HOST in {h["instance_id"] for h in hosts}
    enabled = 0
    for host in hosts:
        instance = fleet[host["instance_id"]]
        assert host["gpu_type"] in ("A100-80GB", "H100-80GB")
        assert instance["state"] == "running"
        assert len(host["gpus"]) == instance["gpu_count"]
        assert instance["mig_enabled"] == any(g["mig_mode"] == "enabled" for g in host["gpus"])
        for gpu in host["gpus"]:
            if gpu["mig_mode"] == "disabled":
                assert gpu["slices"] == []
                continue
            enabled += 1
            used: set[int] = set()
            for s in gpu["slices"]:
                compute, memory, starts = profiles[s["profile"]]
                assert (s["compute_slices"], s["memory_slices"]) == (compute, memory)
                assert s["placement"]["size"] == memory
                assert s["placement"]["start"] in starts
                span = set(range(s["placement"]["start"], s["placement"]["start"] + memory))
                assert not used & span
                used |= span
            assert sum(s["compute_slices"] for s in gpu["slices"]) <= 7
            assert len({s["gpu_instance_id"] for s in gpu["slices"]}) == len(gpu["slices"])
    assert enabled >= 5
    # MIG GPUs do not report GPU_UTIL.
    latest = (await get(client, app, f"/v1/gpu/instances/{AKS_MIG_HOST}"))["data"]["latest_metrics"]
    assert latest[0]["gpu_util"] is None
    assert latest[1]["gpu_util"] is not None


async def test_agents_match_the_fleet_and_follow_the_clock(client: httpx.AsyncClient, app: MockApp) -> None:
    fleet = {i["id"]: i for i in await all_instances(client, app)}
    agents = (await get(client, app, "/v1/gpu/agents"))["data"]
    assert {"connected", "degraded", "disconnected", "never_connected"} <= {a["status"] for a in agents}
    for agent in agents:
        if agent["instance_id"] is None:
            assert agent["status"] == "never_connected"
            assert agent["last_seen_at"] is None
        else:
            assert fleet[agent["instance_id"]]["agent_id"] == agent["id"]
        assert (agent["status_reason"] is None) == (agent["status"] == "connected")
    connected = next(a for a in agents if a["status"] == "connected")
    assert "2026-11-26T11:59:00Z" <= connected["last_seen_at"] < "2026-11-26T12:00:00Z"
    r = await client.post("/_mock/clock", json={"advance_seconds": 3600})
    assert r.status_code == 200
    later = {a["id"]: a for a in (await get(client, app, "/v1/gpu/agents"))["data"]}
    assert later[connected["id"]]["last_seen_at"] >= "2026-11-26T12:59:00Z"
    disconnected = next(a for a in agents if a["status"] == "disconnected")
    assert later[disconnected["id"]]["last_seen_at"] == disconnected["last_seen_at"]


async def test_state_is_per_tenant(client: httpx.AsyncClient, app: MockApp) -> None:
    nimbus = await all_instances(client, app, NIMBUS)
    r = await client.get(
        f"/v1/gpu/instances/{TRAIN_LLM_A}", headers=bearer(app) | {"X-Active-Tenant-Id": NIMBUS}
    )
    assert r.status_code == 404
    assert r.json()["code"] == "NOT_FOUND"
    r = await client.get(f"/v1/gpu/instances/{nimbus[0]['id']}/metrics", headers=bearer(app))
    assert r.status_code == 404


async def test_viewer_reads_the_fleet(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.get("/v1/gpu/instances/idle", headers=bearer(app, "sam.okafor@acme-ai.com"))
    assert r.status_code == 200
    assert r.json()["count"] > 0


async def test_same_seed_same_fleet() -> None:
    async def fleet(seed: int) -> list[dict]:
        app = make_app(seed=seed)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as c:
            body = (await c.get("/v1/gpu/instances", params={"limit": 500}, headers=bearer(app))).json()
            idle = (await c.get("/v1/gpu/instances/idle", headers=bearer(app))).json()
            return [body["data"], idle["data"]]

    assert await fleet(1) == await fleet(1)
    assert await fleet(1) != await fleet(2)


@pytest.mark.parametrize("tenant", [None, NIMBUS])
async def test_the_served_fleet_is_the_worlds_and_alerts_describe_it(
    client: httpx.AsyncClient, app: MockApp, tenant: str | None
) -> None:
    world = seeded_world()
    fleet = {i.id: i for i in world.fleet(tenant or ACME)}
    served = {i["id"]: i for i in await all_instances(client, app, tenant)}
    assert served.keys() == fleet.keys()
    for ident, inst in served.items():
        mine = fleet[ident]
        assert (inst["name"], inst["region"], inst["state"], inst["instance_type"]) == (
            mine.name,
            mine.region,
            mine.state,
            mine.type.name,
        )
        assert (inst["gpu_count"], Decimal(inst["hourly_cost"]["amount"])) == (
            mine.type.gpu_count,
            mine.hourly_usd,
        )
    # An alert about an instance describes that instance (name, type, region).
    alerts = (await get(client, app, "/v1/alert/alerts", tenant, limit=500, start="2025-01-01T00:00:00Z"))[
        "data"
    ]
    about = [a for a in alerts if a["scope"]["instance_id"] and "instance_name" in a["custom_details"]]
    assert about
    for alert in about:
        inst = served[alert["scope"]["instance_id"]]
        details = alert["custom_details"]
        assert details["instance_name"] == inst["name"], alert["id"]
        if "region" in details:
            assert (details["instance_type"], details["region"]) == (inst["instance_type"], inst["region"])
