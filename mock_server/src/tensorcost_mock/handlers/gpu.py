"""gpu: the GPU fleet, its DCGM metric series, idle detection, MIG topology and agents.

Collections (records in the API's shape, JSON-ready, so other services can read them as they are):

- ``gpu_instances``: ``GpuInstance`` records, newest launch first.
- ``gpu_agents``: ``GpuAgent`` records plus a private ``_lag`` (seconds): a connected or degraded
  agent's ``last_seen_at`` is answered as the mock clock minus ``_lag``.
- ``gpu_mig_hosts``: ``GpuMigHost`` records keyed by ``id`` (= ``instance_id``, dropped on output):
  running hosts with A100/H100 80 GB GPUs and an agent, MIG-enabled or not.

``store.singletons["gpu_series"]`` maps an instance id to its :class:`Series`: the parameters from
which every DCGM sample is computed on demand, so a series of any length costs nothing to seed.
A sample of GPU ``g`` at minute ``m`` has ``gr_engine_active = (L + A * NOISE[(m + p) % 60]) / 1000``,
where ``L`` and ``A`` are fixed per clock hour and ``NOISE`` sums to zero over 60 minutes. So the
average activity over any range of minutes, which idle detection needs, is exact and costs one
step per hour instead of one per sample, and it is the very mean of the samples the metrics
endpoint returns. Idle detection judges running instances whose agent is connected: without the
DCGM profiling module (a degraded agent) or without fresh samples there is nothing to judge.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tensorcost_mock.fixtures import ACME, WORLD, Instance, Tenant, seeder
from tensorcost_mock.handlers import HandlerContext, Reply, handler
from tensorcost_mock.state import (
    Record,
    TenantStore,
    decode_cursor,
    encode_cursor,
    iso,
    iso_at,
    money,
    random_id,
)

_M64 = (1 << 64) - 1


def _mix(x: int) -> int:
    """splitmix64: a fast, well-spread hash of an integer."""
    x = (x + 0x9E3779B97F4A7C15) & _M64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _M64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _M64
    return x ^ (x >> 31)


def _uuid(rng: random.Random, prefix: str) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{prefix}{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# -- the noise table: 60 integers in [-10, 10] that sum to zero ------------------------------------


def _noise_table() -> tuple[int, ...]:
    rng = random.Random(60)
    half = [rng.randint(1, 10) for _ in range(30)]
    values = half + [-v for v in half]
    rng.shuffle(values)
    return tuple(values)


NOISE = _noise_table()
_NOISE3 = NOISE * 3
_PREFIX = [0]
for _v in _NOISE3:
    _PREFIX.append(_PREFIX[-1] + _v)

# -- catalog --------------------------------------------------------------------------------------

#: gpu_type -> (usable framebuffer MiB, power limit W, idle W, boost SM clock, idle SM clock)
GPU_SPECS: dict[str, tuple[int, int, int, int, int]] = {
    "H100-80GB": (81559, 700, 72, 1980, 345),
    "A100-80GB": (81251, 400, 58, 1410, 210),
    "A100-40GB": (40536, 400, 52, 1410, 210),
    "L40S-48GB": (46068, 350, 36, 2520, 210),
    "L4-24GB": (22945, 72, 16, 2040, 210),
    "A10G-24GB": (23028, 300, 26, 1710, 210),
    "T4-16GB": (15360, 70, 10, 1590, 300),
}
MIG_CAPABLE = ("A100-80GB", "H100-80GB")

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

# -- the metric model -----------------------------------------------------------------------------

#: Relative load by local hour of day, for inference fleets.
_DIURNAL = (
    0.20, 0.15, 0.12, 0.10, 0.10, 0.15, 0.30, 0.50, 0.75, 0.90, 1.00, 1.00,
    0.95, 1.00, 1.00, 0.95, 0.90, 0.80, 0.65, 0.55, 0.45, 0.40, 0.30, 0.25,
)  # fmt: skip


@dataclass
class Series:
    """What every DCGM sample of one instance is computed from (times in Unix minutes/hours)."""

    key: int
    kind: str  # train | infer | batch | dev | low
    gpu_type: str
    gpu_count: int
    mig: frozenset[int]  # GPU indices in MIG mode: gpu_util is null on them
    profiling: bool  # False when the DCGM profiling module is unavailable
    first_min: int  # first minute with a sample
    last_min: int | None  # last minute with a sample; None: up to the clock
    idle_from_hour: int | None  # from this hour on the instance idles
    tz: int  # offset of the workload's local time, in hours
    mem_frac: float
    tensor_ratio: float
    dram_ratio: float
    #: memo: hour -> sum over GPUs of the hour's level (a full hour's noise sums to zero)
    hour_sums: dict[int, int] = field(default_factory=dict)

    def end_min(self, now_min: int) -> int:
        return now_min if self.last_min is None else min(now_min, self.last_min)


def _level(s: Series, gpu: int, hour: int) -> int:
    """The activity level (0..1000) of one GPU during one clock hour."""
    h = _mix(s.key ^ (gpu << 40) ^ hour)
    if s.idle_from_hour is not None and hour >= s.idle_from_hour:
        return h % 36
    jitter = int(h % 81) - 40
    local = hour + s.tz
    weekend = (local // 24 + 3) % 7 >= 5
    if s.kind == "train":
        base = 905
    elif s.kind == "infer":
        base = 180 + int(560 * _DIURNAL[local % 24] * (0.7 if weekend else 1.0))
    elif s.kind == "batch":
        base = 860 if _mix(s.key ^ (hour // 6)) % 100 < 70 else 20
    elif s.kind == "dev":
        busy = not weekend and 9 <= local % 24 < 18 and _mix(s.key ^ (local // 24)) % 100 < 85
        base = 150 + int((h >> 8) % 320) if busy else 12
    else:  # low: a steady trickle, 8-16 %
        base = 120
    return max(0, min(1000, base + (jitter if base > 60 else jitter // 8)))


def _amp(level: int) -> int:
    return min(level, 1000 - level, 40) // 10


def _phase(s: Series, gpu: int) -> int:
    return (s.key + 7 * gpu) % 60


def activity_milli(s: Series, gpu: int, minute: int) -> int:
    level = _level(s, gpu, minute // 60)
    return level + _amp(level) * NOISE[(minute + _phase(s, gpu)) % 60]


def _hour_sum(s: Series, hour: int) -> int:
    total = s.hour_sums.get(hour)
    if total is None:
        total = s.hour_sums[hour] = sum(_level(s, g, hour) for g in range(s.gpu_count))
    return total


def activity_sum(s: Series, m0: int, m1: int) -> tuple[int, int]:
    """(sum of gr_engine_active in thousandths, number of samples) over minutes [m0, m1), all GPUs."""
    total = 0
    count = 0
    minute = m0
    while minute < m1:
        hour = minute // 60
        stop = min(m1, hour * 60 + 60)
        n = stop - minute
        if n == 60:
            total += 60 * _hour_sum(s, hour)
        else:
            k = minute % 60
            for g in range(s.gpu_count):
                level = _level(s, g, hour)
                p = k + _phase(s, g)
                total += level * n + _amp(level) * (_PREFIX[p + n] - _PREFIX[p])
        count += n * s.gpu_count
        minute = stop
    return total, count


def sample(s: Series, gpu: int, minute: int) -> dict[str, Any]:
    """One dcgm-exporter sample of GPU ``gpu`` at ``minute``."""
    act = activity_milli(s, gpu, minute)
    fb_total, tdp, idle_w, boost, idle_clock = GPU_SPECS[s.gpu_type]
    h = _mix(s.key ^ (gpu << 40) ^ (minute << 1) ^ 1)
    frac = act / 1000
    used = int(fb_total * s.mem_frac) + int(h % 97)
    return {
        "timestamp": iso_at(minute * 60),
        "gpu_index": gpu,
        "gpu_util": None if gpu in s.mig else min(100, round(frac * 106) + (h >> 8) % 3 if act else 0) / 100,
        "fb_used": used,
        "fb_free": fb_total - used,
        "power": round(idle_w + (tdp - idle_w) * frac * (0.86 + (h >> 12) % 20 / 100), 1),
        "gpu_temp": 31 + round(44 * frac) + (h >> 20) % 3,
        "sm_clock": boost if act >= 50 else idle_clock,
        "gr_engine_active": frac if s.profiling else None,
        "tensor_active": round(frac * s.tensor_ratio, 3) if s.profiling else None,
        "dram_active": round(frac * s.dram_ratio, 3) if s.profiling else None,
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


# -- handlers -------------------------------------------------------------------------------------


def _series(ctx: HandlerContext, instance_id: str) -> Series | None:
    series: dict[str, Series] = ctx.store.singletons.get("gpu_series", {})
    return series.get(instance_id)


def _tag_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "null" if value is None else str(value)


def tags_match(tags: dict[str, Any], wanted: list[tuple[str, str]]) -> bool:
    """Whether every ``key:value`` pair is among ``tags`` (scalars compared as their JSON text)."""
    return all(k in tags and _tag_text(tags[k]) == v for k, v in wanted)


@handler("gpu_list_instances")
def list_instances(ctx: HandlerContext) -> Reply:
    q = ctx.query
    wanted = [(k, v) for k, _, v in (t.partition(":") for t in q.get("tags") or [])]
    items = ctx.store.collection("gpu_instances").filter(
        (lambda r: tags_match(r["tags"], wanted)) if wanted else None,
        state=q.get("state"),
        instance_type=q.get("instance_type"),
        gpu_type=q.get("gpu_type"),
        region=q.get("region"),
    )
    return ctx.page(items)


def _now_min(ctx: HandlerContext) -> int:
    return int(ctx.now.timestamp()) // 60


@handler("gpu_get_instance")
def get_instance(ctx: HandlerContext) -> Reply:
    record = ctx.store.collection("gpu_instances").require(ctx.path["id"])
    latest = []
    s = _series(ctx, record["id"])
    if s is not None:
        minute = s.end_min(_now_min(ctx))
        if minute >= s.first_min:
            latest = [sample(s, g, minute) for g in range(s.gpu_count)]
    return ctx.ok({**record, "latest_metrics": latest})


@handler("gpu_get_instance_metrics")
def get_instance_metrics(ctx: HandlerContext) -> Reply:
    record = ctx.store.collection("gpu_instances").require(ctx.path["id"])
    s = _series(ctx, record["id"])
    limit = int(ctx.query.get("limit", 100))
    cursor = ctx.query.get("cursor")
    position = decode_cursor(cursor) if cursor else 0
    if s is None:
        return ctx.ok([], next_cursor=None)
    now_s = int(ctx.now.timestamp())
    first = max(s.first_min, -(-(now_s - 3600 * int(ctx.query.get("hours", 24))) // 60))
    last = s.end_min(now_s // 60)
    # Positions are absolute (minute x GPU), not offsets into a window that moves with the clock:
    # a walk that straddles a minute boundary neither skips nor repeats a sample.
    start = max(position, first * s.gpu_count)
    stop = (last + 1) * s.gpu_count
    page = [sample(s, p % s.gpu_count, p // s.gpu_count) for p in range(start, min(start + limit, stop))]
    return ctx.ok(page, next_cursor=encode_cursor(start + limit) if start + limit < stop else None)


def idle_report(
    instance: Record, s: Series, now_s: int, threshold: float, lookback_hours: int
) -> dict[str, Any] | None:
    """The idle entry of a running instance, or None when it is active or cannot be judged."""
    if instance["state"] != "running" or not s.profiling or s.last_min is not None:
        return None
    end = now_s // 60 + 1  # minutes [start, end): the samples gpu_get_instance_metrics returns for `hours`
    start = max(s.first_min, -(-(now_s - 3600 * lookback_hours) // 60))
    total, count = activity_sum(s, start, end)
    if count == 0 or total >= threshold * 10 * count:  # milli-units: 10 x percent
        return None
    since = end
    hour = (end - 1) // 60
    while since > s.first_min:
        lo = max(hour * 60, s.first_min)
        hour_total, hour_count = activity_sum(s, lo, since)
        if hour_total >= threshold * 10 * hour_count:
            break
        since = lo
        hour -= 1
    since = min(since, now_s // 60)
    idle_hours = (Decimal(max(0, now_s - since * 60)) / 3600).quantize(Decimal("0.1"), ROUND_HALF_UP)
    wasted = Decimal(instance["hourly_cost"]["amount"]) * idle_hours
    return {
        "instance": instance,
        "avg_activity_pct": round(total / count / 10, 2),
        "idle_since": iso_at(since * 60),
        "idle_hours": float(idle_hours),
        "wasted_cost": money(wasted),
        "_wasted": wasted,
    }


@handler("gpu_list_idle_instances")
def list_idle_instances(ctx: HandlerContext) -> Reply:
    default = ctx.store.singletons["tenant_settings"]["idle_threshold_pct"]
    threshold = float(ctx.query.get("threshold", default))
    lookback = int(ctx.query.get("lookback_hours", 24))
    now_s = int(ctx.now.timestamp())
    found = []
    for instance in ctx.store.collection("gpu_instances"):
        s = _series(ctx, instance["id"])
        entry = None if s is None else idle_report(instance, s, now_s, threshold, lookback)
        if entry is not None:
            found.append(entry)
    found.sort(key=lambda e: (-e["_wasted"], e["instance"]["id"]))
    return ctx.ok([{k: v for k, v in e.items() if k != "_wasted"} for e in found])


@handler("gpu_get_mig_topology")
def get_mig_topology(ctx: HandlerContext) -> Reply:
    instances = ctx.store.collection("gpu_instances")
    hosts = [
        {k: v for k, v in h.items() if k != "id"}
        for h in ctx.store.collection("gpu_mig_hosts")
        if (inst := instances.get(h["instance_id"])) is not None and inst["state"] == "running"
    ]
    return ctx.ok(hosts)


@handler("gpu_list_agents")
def list_agents(ctx: HandlerContext) -> Reply:
    now = ctx.now.astimezone(UTC).replace(microsecond=0)
    out = []
    for agent in ctx.store.collection("gpu_agents"):
        public = {k: v for k, v in agent.items() if not k.startswith("_")}
        if agent["status"] in ("connected", "degraded"):
            public["last_seen_at"] = iso(now - timedelta(seconds=agent["_lag"]))
        out.append(public)
    return ctx.ok(out)
