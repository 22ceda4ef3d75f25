"""ai's seed: ~35 days of inference events per tenant from its traffic streams
(``world/traffic.toml``), the seeded anomalies (``[[anomalies]]`` there: bursts of extra events on one
of the tenant's streams, then measured on the events) and the routing, prompt-cache and
provisioned-throughput recommendations measured over the 30 days before the recommender's last daily
run (the model they follow is :mod:`tensorcost_mock.domain.ai`)."""

from __future__ import annotations

import math
import random
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import Any

from tensorcost_mock.domain.ai import (
    CHEAPER,
    DAYS,
    NANO_PRICES,
    PROVISIONED,
    SCOPE_KEYS,
    Builder,
    Ev,
    Index,
    cents,
    cost_of,
    gen_burst,
    gen_stream,
    tokens_of,
)
from tensorcost_mock.fixtures import WORLD, Tenant, seeder
from tensorcost_mock.state import Record, TenantStore, iso_at, money, random_id
from tensorcost_mock.world import SeededAnomaly
from tensorcost_mock.world import TrafficStream as Stream

# -- seeding --------------------------------------------------------------------------------------


@seeder("ai")
def seed_ai(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
    epoch = int(now.timestamp())
    day0 = (epoch // 86400 - DAYS) * 86400
    streams = WORLD.traffic_of(tenant.id)
    b = Builder(rng)
    for s in streams:
        gen_stream(b, s, day0, epoch)
    windows = []
    for a in WORLD.anomalies_of(tenant.id):
        start = (epoch - int(a.hours_ago * 3600)) // 60 * 60
        gen_burst(b, WORLD.stream_keyed(tenant.id, a.stream), a, start)
        windows.append((a, start))
    b.events.sort(key=lambda e: e.ts)
    index = Index(b.events, streams, rng.getrandbits(64), epoch, day0)
    store.singletons["ai_index"] = index
    anomalies = store.collection("ai_anomalies", kind="AI anomaly")
    for a, start in sorted(windows, key=lambda w: -w[1]):
        anomalies.add(_measure_anomaly(index, WORLD.stream_keyed(tenant.id, a.stream), a, start))
    recs = store.collection("ai_recommendations", kind="AI recommendation")
    run = (epoch - 6 * 3600) // 86400 * 86400 + 6 * 3600  # the recommender's last daily run, 06:00 UTC
    window = (run - 6 * 3600 - 30 * 86400, run - 6 * 3600)
    for rec in _recommendations(index, streams, window, run, rng):
        recs.add(rec)


#: The world's traffic starts this many days before the seeding (the cost history reads 126).
def _share(e: Ev, start: int, end: int) -> float:
    """The share of an event inside [start, end): an aggregated record counts pro rata of its span."""
    if not e.span:
        return 1.0 if start <= e.ts < end else 0.0
    return max(0, min(end, e.ts + e.span) - max(start, e.ts)) / e.span


def _window_sums(events: list[Ev], start: int, end: int) -> tuple[float, float, float, float]:
    """(cost in units of 1e-7 USD, requests, throttled requests, failed requests) in [start, end)."""
    cost = requests = throttled = failed = 0.0
    for e in events:
        share = _share(e, start, end)
        if share:
            n = e.rec["requests"] * share
            cost += (e.in_cost + e.out_cost) * share
            requests += n
            throttled += n if e.rec["status"] == "throttled" else 0
            failed += n if e.rec["status"] == "error" else 0
    return cost, requests, throttled, failed


def _measure_anomaly(index: Index, s: Stream, a: SeededAnomaly, start: int) -> Record:
    values = {
        "source": s.source,
        "model_id": s.model,
        "application": s.application,
        "team": s.team,
        "agent_id": s.agent,
        "workflow_id": s.workflow,
    }
    scope = {k: (v if k in a.scope else None) for k, v in values.items()}
    keyed = [(k, SCOPE_KEYS[k], v) for k, v in scope.items() if v is not None]
    end = start + a.minutes * 60
    earliest = start - 7 * 86400 - 86400  # the longest aggregated record is shorter than a day
    in_scope = [e for e in index.between(earliest, end) if all(f(e.rec) == v for _, f, v in keyed)]
    cost, requests, throttled, failed = _window_sums(in_scope, start, end)
    days_before = [_window_sums(in_scope, start - k * 86400, end - k * 86400) for k in range(1, 8)]
    obs_cost = cents(round(cost))
    base_cost = cents(round(sum(d[0] for d in days_before) / 7))
    base_requests = sum(d[1] for d in days_before) / 7
    detected = end + 120
    ack = None if a.ack_after is None else detected + 60 * a.ack_after
    resolved = None if a.resolve_after is None else detected + 60 * a.resolve_after
    return {
        "id": a.id,
        "type": a.type,
        "severity": a.severity,
        "status": "resolved" if resolved else "acknowledged" if ack else "open",
        "title": a.title,
        "detected_at": iso_at(detected),
        "window": {"start": iso_at(start), "end": iso_at(end)},
        "scope": scope,
        "baseline_cost": money(base_cost),
        "observed_cost": money(obs_cost),
        "excess_cost": money(obs_cost - base_cost),
        "signals": {
            "requests_per_minute": round(requests / a.minutes, 1),
            "baseline_requests_per_minute": round(base_requests / a.minutes, 1),
            "repeat_prompt_ratio": a.repeat,
            "throttle_rate": round(throttled / requests, 3) if requests else None,
            "error_rate": round(failed / requests, 3) if requests else None,
        },
        "alert_id": None,
        "acknowledged_at": None if ack is None else iso_at(ack),
        "resolved_at": None if resolved is None else iso_at(resolved),
    }


# -- recommendations ------------------------------------------------------------------------------


def _recommendations(
    index: Index, streams: Iterable[Stream], window: tuple[int, int], run: int, rng: random.Random
) -> list[Record]:
    events = index.between(*window)
    groups: dict[tuple[str, str | None, str], list[Ev]] = {}
    for e in events:
        r = e.rec
        groups.setdefault((r["source"], r["attribution"]["application"], r["model_id"]), []).append(e)
    base = {
        "status": "open",
        "created_at": iso_at(run),
    }
    analysis = {"start": iso_at(window[0]), "end": iso_at(window[1])}
    out: list[Record] = []
    by_key = {(s.source, s.application, s.model): s for s in streams}
    for (source, app, model), evs in sorted(groups.items(), key=lambda kv: str(kv[0])):
        stream = by_key.get((source, app, model))
        rec = _routing(source, app, model, None if stream is None else stream.ttl, evs)
        if rec is not None:
            out.append(
                {
                    "id": random_id(rng, "rec_"),
                    "type": "model_routing",
                    **base,
                    **rec,
                    "analysis_window": analysis,
                }
            )
    for key, evs in sorted(groups.items(), key=lambda kv: str(kv[0])):
        stream = by_key.get(key)
        rec = None if stream is None else _cache(stream, evs)
        if rec is not None:
            out.append({"id": random_id(rng, "rec_"), "type": "prompt_cache", **base, **rec})
    deployments: dict[tuple[str, str, str], list[Ev]] = {}
    for e in events:
        r = e.rec
        if r["source"] in ("bedrock", "azure_openai") and r["model_id"] in PROVISIONED:
            deployments.setdefault((r["source"], r["model_id"], r["region"]), []).append(e)
    for (source, model, region), evs in sorted(deployments.items()):
        rec = _provisioned(source, model, region, evs, window)
        if rec is not None:
            out.append(
                {
                    "id": random_id(rng, "rec_"),
                    "type": "provisioned_throughput",
                    **base,
                    **rec,
                    "analysis_window": analysis,
                }
            )
    return out


def _savings_fields(current: int, savings: int) -> dict[str, Any]:
    cur, save = cents(current), cents(savings)
    return {
        "current_monthly_cost": money(cur),
        "projected_monthly_cost": money(cur - save),
        "estimated_monthly_savings": money(save),
    }


def _routing(
    source: str, app: str | None, model: str, ttl: str | None, evs: list[Ev]
) -> dict[str, Any] | None:
    if model not in CHEAPER:
        return None
    cheaper, quality = CHEAPER[model]
    requests = sum(e.rec["requests"] for e in evs)
    current = sum(e.in_cost + e.out_cost for e in evs)
    short_requests = 0
    savings = 0
    for e in evs:
        inp, cr, cw, out = tokens_of(e)
        if e.rec["status"] == "success" and out < 400 * e.rec["requests"]:
            short_requests += e.rec["requests"]
            now_in, now_out = cost_of(cheaper, ttl, inp, cr, cw, out)
            savings += e.in_cost + e.out_cost - now_in - now_out
    share = round(short_requests / requests, 2) if requests else 0
    if share < 0.1 or cents(savings) < 5:
        return None
    label = app or "untagged"
    return {
        "source": source,
        "application": app,
        "current_model_id": model,
        "recommended_model_id": cheaper,
        "traffic_share": share,
        "requests_analyzed": requests,
        "quality_delta": quality,
        **_savings_fields(current, savings),
        "confidence": round(min(0.95, 0.6 + 0.05 * math.log10(max(requests, 1))), 2),
        "rationale": (
            f"{share:.0%} of {label} requests to {model} return under 400 output tokens; {cheaper} changed the "
            f"offline-eval pass rate by {quality:+.1%} on 2,000 replayed requests."
        ),
    }


def _cache(s: Stream, evs: list[Ev]) -> dict[str, Any] | None:
    if s.reuse <= 0 or not s.model.startswith(("claude", "us.anthropic")):
        return None
    p_in = NANO_PRICES[s.model][0]
    requests = sum(e.rec["requests"] for e in evs)
    current = sum(e.in_cost + e.out_cost for e in evs)
    if s.ttl is None:  # caching off: the prefix is billed as plain input on every request
        recommended, write_mult, break_even = "5m", Decimal("1.25"), 1
        uses = requests * s.prefix
        before = Decimal(uses * p_in)
    else:  # 5-minute cache expiring between reuses: move to the 1-hour cache
        recommended, write_mult, break_even = "1h", Decimal(2), 2
        reads = sum(tokens_of(e)[1] for e in evs)
        writes = sum(tokens_of(e)[2] for e in evs)
        uses = reads + writes
        before = p_in * (Decimal(writes) * Decimal("1.25") + Decimal(reads) * Decimal("0.1"))
    new_writes = Decimal(uses) / Decimal(1 + s.reuse)
    after = p_in * (new_writes * write_mult + (uses - new_writes) * Decimal("0.1"))
    savings = int((before - after) / 100)
    if savings <= 0:
        return None
    seen = "caching is off" if s.ttl is None else f"the {s.ttl} cache expires between most reuses"
    return {
        "source": s.source,
        "model_id": s.model,
        "application": s.application,
        "current_cache_ttl": s.ttl,
        "recommended_cache_ttl": recommended,
        "cacheable_prefix_tokens": s.prefix,
        "reuses_per_write": s.reuse,
        "cache_write_multiplier": float(write_mult),
        "cache_read_multiplier": 0.1,
        "break_even_reuses": break_even,
        "requests_analyzed": requests,
        **_savings_fields(current, savings),
        "confidence": 0.9 if s.ttl else 0.85,
        "rationale": (
            f"{s.application or 'Untagged'} requests share a {s.prefix / 1000:.1f}K-token prefix and {seen}; "
            f"a {recommended} cache would be read {s.reuse} times per write."
        ),
    }


def _provisioned(
    source: str, model: str, region: str, evs: list[Ev], window: tuple[int, int]
) -> dict[str, Any] | None:
    unit, per_unit_tpm, unit_price = PROVISIONED[model]
    on_demand = cents(sum(e.in_cost + e.out_cost for e in evs))
    days: dict[int, int] = {}
    hours: dict[int, int] = {}
    for e in evs:
        n = sum(tokens_of(e))
        days[e.ts // 86400] = days.get(e.ts // 86400, 0) + n
        spread = max(1, e.span // 3600)  # an aggregated record's tokens, evenly over its hours
        for hour in range(e.ts // 3600, e.ts // 3600 + spread):
            hours[hour] = hours.get(hour, 0) + n // spread
    if len(days) < 7 or on_demand < 100:
        return None
    minutes = (window[1] - window[0]) // 60
    avg_tpm = sum(days.values()) // minutes
    peak_tpm = int(max(hours.values()) / 60 * 1.6)
    if unit == "azure_ptu":
        units = max(15, 5 * math.ceil(avg_tpm / per_unit_tpm / 5))
    else:
        units = max(1, math.ceil(avg_tpm / per_unit_tpm))
    provisioned = Decimal(units * unit_price)
    utilization = min(1.0, avg_tpm / (units * per_unit_tpm))
    break_even = utilization * float(provisioned / on_demand)
    daily = list(days.values()) + [0] * max(0, 30 - len(days))
    mean = sum(daily) / len(daily)
    cv = math.sqrt(sum((d - mean) ** 2 for d in daily) / len(daily)) / mean if mean else 1.0
    verdict = "provision" if on_demand > provisioned else "stay_on_demand"
    label = "PTUs" if unit == "azure_ptu" else "model units"
    why = (
        f"a one-month reservation at {unit_price:,} USD per unit beats on-demand above {break_even:.0%} "
        "utilisation; peaks spill over to on-demand"
        if verdict == "provision"
        else f"provisioned capacity would cost {provisioned:,} USD a month against {on_demand:,} USD on demand"
    )
    return {
        "source": source,
        "model_id": model,
        "region": region,
        "throughput_unit": unit,
        "recommended_units": units,
        "commitment_term": "one_month",
        "avg_tokens_per_minute": avg_tpm,
        "peak_tokens_per_minute": peak_tpm,
        "on_demand_monthly_cost": money(on_demand),
        "provisioned_monthly_cost": money(provisioned),
        "break_even_utilization": round(break_even, 2),
        "projected_utilization": round(utilization, 2),
        "verdict": verdict,
        "estimated_monthly_savings": money(on_demand - provisioned),
        "confidence": round(max(0.5, min(0.95, 0.95 - cv / 2)), 2),
        "rationale": (
            f"Traffic averages {avg_tpm:,} tokens per minute, {utilization:.0%} of {units} {label}; {why}."
        ),
    }
