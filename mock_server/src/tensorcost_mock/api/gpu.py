"""gpu's handlers: the fleet, its DCGM metrics, idle instances, MIG topology and agents."""

from __future__ import annotations

from datetime import UTC, timedelta

from tensorcost_mock.api.context import HandlerContext, Reply, handler
from tensorcost_mock.domain.gpu import Reads, idle_report, sample, series_of, tags_match
from tensorcost_mock.state import decode_cursor, encode_cursor, iso


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
    s = series_of(ctx.store, record["id"])
    if s is not None:
        minute = s.end_min(_now_min(ctx))
        if minute >= s.first_min:
            latest = [sample(s, g, minute) for g in range(s.gpu_count)]
    return ctx.ok({**record, "latest_metrics": latest})


@handler("gpu_get_instance_metrics")
def get_instance_metrics(ctx: HandlerContext) -> Reply:
    record = ctx.store.collection("gpu_instances").require(ctx.path["id"])
    s = series_of(ctx.store, record["id"])
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


@handler("gpu_list_idle_instances")
def list_idle_instances(ctx: HandlerContext) -> Reply:
    default = ctx.runtime.reads(Reads).idle_threshold_pct(ctx.store)
    threshold = float(ctx.query.get("threshold", default))
    lookback = int(ctx.query.get("lookback_hours", 24))
    now_s = int(ctx.now.timestamp())
    found = []
    for instance in ctx.store.collection("gpu_instances"):
        s = series_of(ctx.store, instance["id"])
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
