"""gpu's rules: the GPU fleet, its DCGM metric series, idle detection, MIG topology and agents.

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
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tensorcost_mock.state import Record, TenantStore, iso_at, money

_M64 = (1 << 64) - 1


def _mix(x: int) -> int:
    """splitmix64: a fast, well-spread hash of an integer."""
    x = (x + 0x9E3779B97F4A7C15) & _M64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _M64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _M64
    return x ^ (x >> 31)


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


def _util(act: int, h: int) -> int:
    """DCGM_FI_DEV_GPU_UTIL of a sample in percent, from its activity and its hash."""
    return min(100, round(act / 1000 * 106) + (h >> 8) % 3) if act else 0


def util_sum(s: Series, m0: int, m1: int, now_min: int) -> tuple[int, int]:
    """(sum of ``gpu_util`` in percent, number of samples) over minutes ``[m0, m1)`` up to ``now_min``:
    the samples the metrics endpoint returns there (GPUs in MIG mode report none)."""
    total = 0
    count = 0
    first, stop = max(m0, s.first_min), min(m1, s.end_min(now_min) + 1)
    for gpu in range(s.gpu_count):
        if gpu in s.mig:
            continue
        base, phase = s.key ^ (gpu << 40), _phase(s, gpu)
        minute = first
        while minute < stop:  # hour by hour: activity_milli with the hour's level computed once
            hour = minute // 60
            level = _level(s, gpu, hour)
            amp = _amp(level)
            for m in range(minute, min(stop, hour * 60 + 60)):
                total += _util(level + amp * NOISE[(m + phase) % 60], _mix(base ^ (m << 1) ^ 1))
                count += 1
            minute = hour * 60 + 60
    return total, count


_UTIL_HOURS: dict[int, tuple[int, int]] = {}


def _util_hour(level: int) -> tuple[int, int]:
    """Bounds of the sum of ``gpu_util`` over a full clock hour of one GPU at ``level``: the hash part
    of a sample (0, 1 or 2 points) left out, then at its most. A full hour's noise is the whole table,
    whatever the GPU's phase, so the bounds depend on the level alone."""
    bounds = _UTIL_HOURS.get(level)
    if bounds is None:
        amp = _amp(level)
        acts = [level + amp * n for n in NOISE]
        bounds = _UTIL_HOURS[level] = (
            sum(_util(a, 0) for a in acts),
            sum(min(100, _util(a, 0) + 2) if a else 0 for a in acts),
        )
    return bounds


def util_bounds(s: Series, m0: int, m1: int, now_min: int) -> tuple[int, int, int]:
    """(lowest and highest possible sum of ``gpu_util`` in percent, number of samples) over the
    minutes :func:`util_sum` counts, from the activity alone: cheap for whole hours, and
    ``util_sum``'s exact sum lies within."""
    low = high = count = 0
    first, stop = max(m0, s.first_min), min(m1, s.end_min(now_min) + 1)
    for gpu in range(s.gpu_count):
        if gpu in s.mig:
            continue
        phase = _phase(s, gpu)
        minute = first
        while minute < stop:
            hour = minute // 60
            end = min(stop, hour * 60 + 60)
            level = _level(s, gpu, hour)
            if end - minute == 60:
                lo, hi = _util_hour(level)
                low, high = low + lo, high + hi
            else:
                amp = _amp(level)
                for m in range(minute, end):
                    act = level + amp * NOISE[(m + phase) % 60]
                    low += _util(act, 0)
                    high += min(100, _util(act, 0) + 2) if act else 0
            count += end - minute
            minute = end
    return low, high, count


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
        "gpu_util": None if gpu in s.mig else _util(act, h) / 100,
        "fb_used": used,
        "fb_free": fb_total - used,
        "power": round(idle_w + (tdp - idle_w) * frac * (0.86 + (h >> 12) % 20 / 100), 1),
        "gpu_temp": 31 + round(44 * frac) + (h >> 20) % 3,
        "sm_clock": boost if act >= 50 else idle_clock,
        "gr_engine_active": frac if s.profiling else None,
        "tensor_active": round(frac * s.tensor_ratio, 3) if s.profiling else None,
        "dram_active": round(frac * s.dram_ratio, 3) if s.profiling else None,
    }


def series_of(store: TenantStore, instance_id: str) -> Series | None:
    """The DCGM series of an instance, or None when it has no agent."""
    series: dict[str, Series] = store.singletons.get("gpu_series", {})
    return series.get(instance_id)


@dataclass(frozen=True)
class Reads:
    """What gpu reads of other services (plain functions the registry hands to the runtime)."""

    #: tenant: the default idle threshold of its settings, in percent.
    idle_threshold_pct: Callable[[TenantStore], float]


def instances(store: TenantStore) -> list[Record]:
    """The fleet's instances (the spec's ``GpuInstance``), for the services that read them."""
    return list(store.collections.get("gpu_instances") or ())


def mig_hosts(store: TenantStore) -> list[Record]:
    """The MIG hosts (the spec's ``MigHost``), for the services that read them."""
    return list(store.collections.get("gpu_mig_hosts") or ())


def _tag_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "null" if value is None else str(value)


def tags_match(tags: dict[str, Any], wanted: list[tuple[str, str]]) -> bool:
    """Whether every ``key:value`` pair is among ``tags`` (scalars compared as their JSON text)."""
    return all(k in tags and _tag_text(tags[k]) == v for k, v in wanted)


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
