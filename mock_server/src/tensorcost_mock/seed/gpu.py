"""gpu's seed: the tenant's fleet of the world (``world/fleet.toml``) with its agents, DCGM series
and MIG hosts (the model they follow is :mod:`tensorcost_mock.domain.gpu`)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from tensorcost_mock.domain.gpu import MIG_CAPABLE, Series
from tensorcost_mock.fixtures import ACME, WORLD, Instance, Tenant, seeder
from tensorcost_mock.state import Record, TenantStore, iso, random_id


def _uuid(rng: random.Random, prefix: str) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{prefix}{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


DRIVERS = {
    "H100-80GB": "570.172.08",
    "A100-80GB": "570.172.08",
    "A100-40GB": "550.163.01",
    "L40S-48GB": "570.158.01",
    "L4-24GB": "570.158.01",
    "A10G-24GB": "535.247.01",
    "T4-16GB": "535.247.01",
}

#: MIG profile -> (compute slices, memory slices, MiB on A100-80GB, MiB on H100-80GB)
MIG_PROFILES: dict[str, tuple[int, int, int, int]] = {
    "1g.10gb": (1, 1, 9856, 9984),
    "1g.20gb": (1, 2, 19968, 20096),
    "2g.20gb": (2, 2, 19968, 20096),
    "3g.40gb": (3, 4, 40192, 40448),
    "4g.40gb": (4, 4, 40192, 40448),
    "7g.80gb": (7, 8, 80128, 80384),
}
#: Valid layouts of one 80 GB GPU: (profile, first memory slice); placements as nvidia-smi mig -lgipp.
MIG_LAYOUTS: tuple[tuple[tuple[str, int], ...], ...] = (
    (("7g.80gb", 0),),
    (("4g.40gb", 0), ("3g.40gb", 4)),
    (("3g.40gb", 0), ("3g.40gb", 4)),
    (("3g.40gb", 0), ("2g.20gb", 4), ("1g.10gb", 6)),
    (("2g.20gb", 0), ("2g.20gb", 2), ("3g.40gb", 4)),
    (("2g.20gb", 0), ("2g.20gb", 2), ("2g.20gb", 4), ("1g.10gb", 6)),
    (("1g.20gb", 0), ("1g.20gb", 2), ("1g.20gb", 4), ("1g.20gb", 6)),
    tuple(("1g.10gb", s) for s in range(7)),
)
#: GPU-instance id the driver gives a profile at a placement (by compute slices, then start).
_GI_IDS = {
    7: {0: 0},
    4: {0: 1},
    3: {0: 2, 4: 3},
    2: {0: 5, 2: 6, 4: 3},
    1: dict(enumerate((13, 14, 11, 12, 7, 8, 9))),
}


#: The MIG layout of the spec's example host (GPU 0 of gpu_6Wd4Jx9Mb3Lc): uuid, profile, start, pod.
_EXAMPLE_HOST = "gpu_6Wd4Jx9Mb3Lc"
_EXAMPLE_GPU_UUID = "GPU-5b2f6c1e-8a4d-4f3b-9e27-1c0d3a7b6e54"
_EXAMPLE_SLICES: tuple[tuple[str, str, int, tuple[str, str, str | None] | None], ...] = (
    ("MIG-0e7a3c52-4b1d-5f8e-a2c9-6d3b1f0e8a47", "3g.40gb", 0,
     ("kubernetes_pod", "support-copilot-vllm-7d9f8c6b5-x2k4q", "inference")),
    ("MIG-8c1d4e2f-7a3b-5c6d-9e0f-1a2b3c4d5e6f", "2g.20gb", 4,
     ("kubernetes_pod", "embed-worker-5f6c7d8e9-q8n2m", "search")),
    ("MIG-3f9e2d1c-0b8a-5796-a5b4-c3d2e1f0a9b8", "1g.10gb", 6, None),
)  # fmt: skip

_DEGRADED = (
    "DCGM profiling module unavailable; gr_engine_active, tensor_active and dram_active are not collected"
)


def instance_record(inst: Instance, now: datetime) -> Record:
    """The ``GpuInstance`` record of a world instance."""
    return {
        "id": inst.id,
        "name": inst.name,
        "state": inst.state,
        "instance_type": inst.type.name,
        "gpu_type": inst.type.gpu_type,
        "gpu_count": inst.type.gpu_count,
        "region": inst.region,
        "tags": dict(inst.tags),
        "hourly_cost": {"amount": str(inst.hourly_usd), "currency": "USD"},  # the rate as the world gives it
        "mig_enabled": bool(inst.mig_gpus),
        "agent_id": inst.agent_id,
        "launched_at": iso(now - timedelta(hours=inst.launched_hours_ago)),
    }


@seeder("gpu")
def seed_gpu(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
    """The tenant's fleet of the world (``world/fleet.toml``), newest launch first, with its agents,
    DCGM series and MIG hosts."""
    now = now.astimezone(UTC).replace(microsecond=0)
    fleet = sorted(WORLD.fleet(tenant.id), key=lambda i: i.launched_hours_ago)
    instances = store.collection("gpu_instances", kind="GPU instance")
    agents = store.collection("gpu_agents", kind="GPU agent")
    mig_hosts = store.collection("gpu_mig_hosts", kind="MIG host")
    series: dict[str, Series] = store.singletons.setdefault("gpu_series", {})
    for inst in fleet:
        instances.add(instance_record(inst, now))
        if inst.agent_id is None:
            continue
        launched = now - timedelta(hours=inst.launched_hours_ago)
        registered = launched + timedelta(seconds=rng.randint(90, 400))
        last_seen: datetime | None = None
        status, reason = "connected", None
        if inst.agent == "degraded":
            status, reason = "degraded", _DEGRADED
        elif inst.state != "running":
            stopped = now - timedelta(hours=rng.uniform(20, 70))
            last_seen = stopped
            status, reason = (
                "disconnected",
                f"No heartbeat since {iso(stopped)}: the instance is {inst.state}",
            )
        elif inst.agent == "silent":
            last_seen = now - timedelta(minutes=rng.randint(95, 400))
            status = "disconnected"
            reason = "No heartbeat: the agent process exited; check `systemctl status tensorcost-agent` on the host"
        gpu_type, count = inst.type.gpu_type, inst.type.gpu_count
        agents.add(
            {
                "id": inst.agent_id,
                "hostname": inst.hostname,
                "instance_id": inst.id,
                "status": status,
                "status_reason": reason,
                "version": "2.3.0" if status == "degraded" else rng.choice(("2.4.1", "2.4.1", "2.4.0")),
                "driver_version": DRIVERS[gpu_type],
                "last_seen_at": iso(last_seen) if last_seen else None,
                "registered_at": iso(registered),
                "_lag": rng.randint(3, 55),  # seconds behind the clock of a live agent's last heartbeat
            }
        )
        kind = inst.workload
        idle_from = None if inst.idle_hours_ago is None else now - timedelta(hours=inst.idle_hours_ago)
        series[inst.id] = Series(
            key=rng.getrandbits(48),
            kind=kind,
            gpu_type=gpu_type,
            gpu_count=count,
            mig=frozenset(inst.mig_gpus),
            profiling=status != "degraded",
            first_min=int(registered.timestamp()) // 60 + 1,
            last_min=None if last_seen is None else int(last_seen.timestamp()) // 60,
            idle_from_hour=None if idle_from is None else -(-int(idle_from.timestamp()) // 3600),
            tz={"aws": -5, "azure": -5, "gcp": -6, "onprem": -8}[inst.type.provider]
            + (6 if "eu" in inst.region else 0),
            mem_frac=rng.uniform(0.86, 0.93) if kind in ("infer", "train") else rng.uniform(0.2, 0.7),
            tensor_ratio=rng.uniform(0.35, 0.55) if kind == "train" else rng.uniform(0.15, 0.4),
            dram_ratio=rng.uniform(0.45, 0.7),
        )
        if gpu_type in MIG_CAPABLE and inst.state == "running":
            mig_hosts.add(_mig_host(inst, rng))
    # An agent registered on a host that has not reported yet (so not in the inventory either).
    agent_id, hostname = (
        ("gpa_2Qz5Ft8Kw1Ne", "dgx-h100-07.lab.acme-ai.com")
        if tenant.id == ACME.id
        else (random_id(rng, "gpa_"), f"dgx-a100-pit-07.lab.{tenant.slug}.com")
    )
    agents.add(
        {
            "id": agent_id,
            "hostname": hostname,
            "instance_id": None,
            "status": "never_connected",
            "status_reason": "No heartbeat since registration; check outbound access to ingest.tensorcost.com:443",
            "version": None,
            "driver_version": None,
            "last_seen_at": None,
            "registered_at": iso(now - timedelta(minutes=rng.randint(600, 1500))),
            "_lag": 0,
        }
    )


def _mig_host(host: Instance, rng: random.Random) -> Record:
    gpu_type, count = host.type.gpu_type, host.type.gpu_count
    gpus: list[dict[str, Any]] = []
    for index in range(count):
        if host.id == _EXAMPLE_HOST and index == 0:
            slices = [
                _slice(u, profile, start, gpu_type, owner) for u, profile, start, owner in _EXAMPLE_SLICES
            ]
            gpus.append({"index": 0, "uuid": _EXAMPLE_GPU_UUID, "mig_mode": "enabled", "slices": slices})
            continue
        uuid = _uuid(rng, "GPU-")
        if index not in host.mig_gpus:
            gpus.append({"index": index, "uuid": uuid, "mig_mode": "disabled", "slices": []})
            continue
        layout = MIG_LAYOUTS[rng.randrange(len(MIG_LAYOUTS))]
        slices = [
            _slice(_uuid(rng, "MIG-"), profile, start, gpu_type, _allocation(host, rng))
            for profile, start in layout
        ]
        gpus.append({"index": index, "uuid": uuid, "mig_mode": "enabled", "slices": slices})
    return {
        "id": host.id,
        "instance_id": host.id,
        "hostname": host.hostname,
        "gpu_type": gpu_type,
        "gpus": gpus,
    }


def _slice(
    uuid: str, profile: str, start: int, gpu_type: str, owner: tuple[str, str, str | None] | None
) -> dict[str, Any]:
    compute, memory, mib_a100, mib_h100 = MIG_PROFILES[profile]
    return {
        "uuid": uuid,
        "profile": profile,
        "gpu_instance_id": _GI_IDS[compute][start],
        "compute_instance_id": 0,
        "compute_slices": compute,
        "memory_slices": memory,
        "memory_mib": mib_h100 if gpu_type.startswith("H100") else mib_a100,
        "placement": {"start": start, "size": memory},
        "allocated_to": None
        if owner is None
        else {"kind": owner[0], "name": owner[1], "namespace": owner[2]},
    }


def _allocation(host: Instance, rng: random.Random) -> tuple[str, str, str | None] | None:
    if rng.random() < 0.2:
        return None
    if host.type.name.startswith("DGX"):
        return ("slurm_job", str(rng.randint(480000, 499999)), None)
    if "jupyterhub" in host.name:
        user = rng.choice(("li.wei", "priya.shah", "marco.bianchi", "ana.ruiz"))
        return ("process", f"python3 (jupyter kernel of {user})", None)
    app = host.tags.get("application", "inference")
    pod = rng.choice((f"{app}-vllm", "embed-worker", "reranker-triton", "whisper-asr"))
    suffix = "".join(rng.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5))
    namespace = "search" if pod == "embed-worker" else "inference"
    return ("kubernetes_pod", f"{pod}-{rng.getrandbits(36):09x}-{suffix}", namespace)
