"""cost's rules: totals computed from the tenant's seeded cost records, so every aggregate adds up.

Collection ``cost_records``: one FOCUS-style line item per day and spend stream. Each record:
``id``, ``charge_period_start``/``charge_period_end`` (datetimes), ``x_workload``
(gpu | managed_inference | agents), ``x_source`` (the spec's Source), ``service_name``,
``billed_cost``/``effective_cost``/``list_cost`` (Decimal, whole cents), ``tags``
(application, team, environment, owner; a stream without such a tag leaves the key out, and its
cost is ``__unallocated__`` in ``cost_get_by_tag``). Amounts are whole cents so that sums are exact.

Also here, all computed from those records: by source and by tag (they add up to the summary),
the forecast (a trend model on the daily history), budgets (collection ``budgets``; spend, burn
rate and crossed thresholds per read), and recommendations with the savings ledger (collections
``recommendations`` and ``savings_ledger``, built on first use from the GPU fleet, the AI
recommender and the cost records; accepting one asks enforcement for an action-queue entry, see ``events.ActionRequested``).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from tensorcost_mock.events import Emit
from tensorcost_mock.fixtures import ACME, WORLD, Tenant, seed_users
from tensorcost_mock.state import (
    CENT,
    Collection,
    Record,
    SpendFeed,
    TenantStore,
    iso,
    money,
    parse_time,
    random_id,
)
from tensorcost_mock.world import PastRecommendation

WORKLOADS = ("gpu", "managed_inference", "agents")
TAG_KEYS = ("application", "team", "environment", "owner")
HOUR = 3600
#: The recommender measures decisions up to 96 days back, each on the 30 days before it.
RECOMMENDER_HISTORY_DAYS = 130
#: Cost amounts are exact to this unit (the inference events' precision); line items are not rounded,
#: so every total is the exact sum of its parts.
UNIT = Decimal("0.0000001")
#: What a GPU hour lists at and is billed at, relative to the effective (committed-use) rate.
GPU_LIST_RATIO = Decimal("1.12")
GPU_BILLED_RATIO = Decimal("1.04")
#: An hour's line items are final once its last aggregated usage record (4-hour buckets) is seen.
SETTLED_AFTER = 5 * HOUR

GPU_SERVICES = {
    "aws": "Amazon EC2",
    "azure": "Azure Virtual Machines",
    "gcp": "Compute Engine",
    "onprem": "On-premises GPU",
}
AI_SERVICES = {
    "bedrock": "Amazon Bedrock",
    "azure_openai": "Azure OpenAI Service",
    "vertex": "Vertex AI",
    "openai_api": "OpenAI API",
    "anthropic_api": "Anthropic API",
}


def exact(amount: Decimal) -> dict[str, str]:
    """Money to the unit of the line items, without trailing zeros: ``12.50``, ``0.0184213``."""
    text = format(amount.quantize(UNIT), "f").rstrip("0")
    whole, _, frac = text.partition(".")
    return {"amount": f"{whole}.{frac.ljust(2, '0')}", "currency": "USD"}


def _cents(value: float) -> Decimal:
    return (Decimal(max(round(value * 100), 0)) / 100).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class Run:
    """One instance's time running: ``[start, end)`` in Unix seconds (``end`` None: still running)."""

    instance_id: str
    start: int
    end: int | None
    rate: Decimal
    service: str
    tags: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Reads:
    """What cost reads of other services. Cost imports no other domain module: the registry hands
    these plain functions, each provided by the data's owner, to the runtime (``runtime.reads(Reads)``)
    and to cost's seeder."""

    #: gpu: the fleet's instances (the spec's ``GpuInstance``).
    instances: Callable[[TenantStore], list[Record]]
    #: gpu: the MIG hosts (the spec's ``MigHost``).
    mig_hosts: Callable[[TenantStore], list[Record]]
    #: gpu: the DCGM series of an instance (gpu's ``Series``: ``kind``, ``last_min``, ...), or None.
    series: Callable[[TenantStore, str], Any]
    #: gpu: the idle entry of a running instance from its series, or None (gpu's idle detection).
    idle_report: Callable[[Record, Any, int, float, int], dict[str, Any] | None]
    #: gpu: (sum of GPU activity in thousandths, number of samples) of a series over minutes [m0, m1).
    activity_sum: Callable[[Any, int, int], tuple[int, int]]
    #: ai: the usage the managed-inference cost records are made of, or None without the ai service.
    spend_feed: Callable[[TenantStore], SpendFeed | None]
    #: ai: the AI recommender's recommendations (routing, prompt cache, provisioned throughput).
    ai_recommendations: Callable[[TenantStore], list[Record]]
    #: enforcement: whether the tenant has an action queue (an accepted recommendation's action goes there).
    has_action_queue: Callable[[TenantStore], bool]


def _gpu_records(runs: list[Run], h0: int, h1: int) -> list[Record]:
    out = []
    for run in runs:
        seconds = min(h1, run.end if run.end is not None else h1) - max(h0, run.start)
        if seconds <= 0:
            continue
        effective = (run.rate * seconds / HOUR).quantize(UNIT)
        out.append(
            _record(
                h0,
                h1,
                "gpu",
                "gpu_agent",
                run.service,
                effective,
                (effective * GPU_BILLED_RATIO).quantize(UNIT),
                (effective * GPU_LIST_RATIO).quantize(UNIT),
                dict(run.tags),
                run.instance_id,
            )
        )
    return out


def _ai_records(store: TenantStore, h0: int, h1: int, now: datetime) -> list[Record]:
    """The hour's managed-inference and agent spend: the inference events, grouped (self-hosted
    models on the GPU fleet are paid for by its hours, so ``gpu_agent`` events are not in here)."""
    groups: dict[tuple[str, str, tuple[tuple[str, str], ...]], int] = {}
    feed: SpendFeed | None = store.singletons.get("cost_feed")
    for source, who, units in feed.spend(h0, h1, int(now.timestamp())) if feed else ():
        if source == "gpu_agent":
            continue
        workload = "agents" if who["agent_id"] else "managed_inference"
        tags = tuple((k, who[k]) for k in TAG_KEYS if who.get(k))
        key = (source, workload, tags)
        groups[key] = groups.get(key, 0) + units
    out = []
    for (source, workload, tags), units in sorted(groups.items()):
        cost = Decimal(units) * UNIT
        out.append(_record(h0, h1, workload, source, AI_SERVICES[source], cost, cost, cost, dict(tags), None))
    return out


def _record(
    h0: int,
    h1: int,
    workload: str,
    source: str,
    service: str,
    effective: Decimal,
    billed: Decimal,
    listed: Decimal,
    tags: dict[str, str],
    resource_id: str | None,
) -> Record:
    return {
        "charge_period_start": datetime.fromtimestamp(h0, UTC),
        "charge_period_end": datetime.fromtimestamp(h1, UTC),
        "x_workload": workload,
        "x_source": source,
        "service_name": service,
        "resource_id": resource_id,
        "effective_cost": effective,
        "billed_cost": billed,
        "list_cost": listed,
        "tags": tags,
    }


def _hour(store: TenantStore, hour: int, now: datetime) -> list[Record]:
    """The line items of one clock hour as of ``now`` (computed each time: a settled day is kept whole)."""
    h0, h1 = hour * HOUR, hour * HOUR + HOUR
    now_s = int(now.timestamp())
    return _gpu_records(store.singletons["cost_runs"], h0, min(h1, now_s)) + _ai_records(store, h0, h1, now)


def _settled_day(store: TenantStore, day: int, now: datetime) -> list[Record]:
    """The line items of a settled UTC day (from hour ``day``), one per instance or per source and tags."""
    cache: dict[int, list[Record]] = store.singletons["cost_days"]
    if day not in cache:
        sums: dict[tuple[Any, ...], Record] = {}
        for hour in range(day, day + 24):
            for r in _hour(store, hour, now):
                key = (
                    r["x_workload"],
                    r["x_source"],
                    r["service_name"],
                    r["resource_id"],
                    *sorted(r["tags"].items()),
                )
                total = sums.get(key)
                if total is None:
                    sums[key] = {
                        **r,
                        "charge_period_start": datetime.fromtimestamp(day * HOUR, UTC),
                        "charge_period_end": datetime.fromtimestamp((day + 24) * HOUR, UTC),
                    }
                else:
                    for k in COST_KEYS:
                        total[k] += r[k]
        cache[day] = list(sums.values())
    return cache[day]


def records_in(
    store: TenantStore, start: datetime, end: datetime, now: datetime | None = None
) -> list[Record]:
    """The cost records that start in ``[start, end)`` and before ``now`` (default ``end``), derived
    from the fleet and the events: a UTC day of one instance (or of one source and set of tags) when
    the whole day is in the window and settled, else an hour of it."""
    now = now or end
    first = max(-(-int(start.timestamp()) // HOUR), store.singletons["cost_begin"])
    stop = min(-(-int(end.timestamp()) // HOUR), -(-int(now.timestamp()) // HOUR))
    settled = (int(now.timestamp()) - SETTLED_AFTER) // HOUR
    out: list[Record] = []
    hour = first
    while hour < stop:
        if hour % 24 == 0 and hour + 24 <= min(stop, settled):
            out += _settled_day(store, hour, now)
            hour += 24
        else:
            out += _hour(store, hour, now)
            hour += 1
    return out


# -- breakdowns ---------------------------------------------------------------------------------------

COST_KEYS = ("effective_cost", "billed_cost", "list_cost")
UNALLOCATED = "__unallocated__"


def zero_costs() -> dict[str, Decimal]:
    return {k: Decimal(0) for k in COST_KEYS}


def share_of(part: Decimal, total: Decimal) -> float:
    return round(float(part / total), 4) if total else 0.0


def window_body(start: datetime, end: datetime) -> dict[str, str]:
    return {"start": iso(start), "end": iso(end)}


# -- forecast -----------------------------------------------------------------------------------------

FORECAST_HISTORY_DAYS = 90
#: two-sided normal quantiles of the prediction interval levels
Z_SCORES = {80: 1.2816, 95: 1.9600}
DAY = timedelta(days=1)


def midnight(dt: datetime) -> datetime:
    return dt.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def daily_effective(store: TenantStore, start: datetime, days: int, now: datetime) -> list[Decimal]:
    """Effective cost of each UTC day from ``start`` (a midnight), from the cost records."""
    totals = [Decimal(0)] * days
    for r in records_in(store, start, start + days * DAY, now):
        index = (r["charge_period_start"] - start) // DAY
        if 0 <= index < days:
            totals[index] += r["effective_cost"]
    return totals


class TrendModel:
    """Least-squares linear trend on the deseasonalised daily history, times a day-of-week factor.

    The prediction interval of a day is ``mean +- z * se`` with the textbook standard error of
    a new observation (``sigma * sqrt(1 + 1/n + (x - mean_x)^2 / Sxx)``), scaled like the mean.
    """

    def __init__(self, history: list[Decimal], first_day: datetime) -> None:
        ys = [float(v) for v in history]
        n = len(ys)
        self.n = n
        self.first_day = first_day
        overall = sum(ys) / n if n else 0.0
        self.weekday = [1.0] * 7
        if overall > 0:
            for k in range(7):
                same = [y for i, y in enumerate(ys) if (first_day + i * DAY).weekday() == k]
                if same and sum(same) > 0:
                    self.weekday[k] = sum(same) / len(same) / overall
        zs = [y / self.weekday[(first_day + i * DAY).weekday()] for i, y in enumerate(ys)]
        self.x_mean = (n - 1) / 2
        self.sxx = sum((i - self.x_mean) ** 2 for i in range(n)) or 1.0
        z_mean = sum(zs) / n if n else 0.0
        self.slope = sum((i - self.x_mean) * (z - z_mean) for i, z in enumerate(zs)) / self.sxx
        self.intercept = z_mean - self.slope * self.x_mean
        residuals = [z - (self.intercept + self.slope * i) for i, z in enumerate(zs)]
        self.sigma = math.sqrt(sum(e * e for e in residuals) / (n - 2)) if n > 2 else 0.0

    def day(self, when: datetime, z: float) -> tuple[Decimal, Decimal, Decimal]:
        """(mean, lower, upper) of one future day, in whole cents."""
        x = (when - self.first_day) / DAY
        factor = self.weekday[when.weekday()]
        mean = max(self.intercept + self.slope * x, 0.0) * factor
        se = self.sigma * math.sqrt(1 + 1 / max(self.n, 1) + (x - self.x_mean) ** 2 / self.sxx) * factor
        return _cents(mean), _cents(mean - z * se), _cents(mean + z * se)


def periods(start: datetime, end: datetime, granularity: str) -> list[tuple[datetime, datetime]]:
    if granularity == "daily":
        return [(start + i * DAY, start + (i + 1) * DAY) for i in range((end - start) // DAY)]
    out = []
    cursor = start
    while cursor < end:
        nxt = _add_months(cursor.replace(day=1), 1)
        out.append((cursor, min(nxt, end)))
        cursor = nxt
    return out


def _add_months(dt: datetime, months: int) -> datetime:
    total = dt.month - 1 + months
    return dt.replace(year=dt.year + total // 12, month=total % 12 + 1)


def interval(mean: Decimal, lower: Decimal, upper: Decimal) -> dict[str, dict[str, str]]:
    return {"mean": money(mean), "lower_bound": money(lower), "upper_bound": money(upper)}


# -- budgets ------------------------------------------------------------------------------------------

ALL_API_SOURCES = ["bedrock", "azure_openai", "vertex", "openai_api", "anthropic_api"]

#: Days before the crossing a forecasted threshold needs (a forecast from one day of spend is noise).
MIN_FORECAST_DAYS = 3


def budget_period(time_unit: str, now: datetime) -> tuple[datetime, datetime]:
    """The current period of a budget: UTC calendar month, quarter or year."""
    month_start = midnight(now).replace(day=1)
    if time_unit == "monthly":
        return month_start, _add_months(month_start, 1)
    if time_unit == "quarterly":
        start = month_start.replace(month=(now.month - 1) // 3 * 3 + 1)
        return start, _add_months(start, 3)
    start = month_start.replace(month=1)
    return start, _add_months(start, 12)


def in_scope(record: Record, scope: Record) -> bool:
    if scope["sources"] and record["x_source"] not in scope["sources"]:
        return False
    return all(record["tags"].get(k) == v for k, v in scope["tags"].items())


def _crossings(
    budget: Record, days: list[tuple[datetime, Decimal]], start: datetime, end: datetime, now: datetime
) -> list[Record]:
    limit: Decimal = budget["limit"]
    period_days = (end - start) / DAY
    out = []
    for t in budget["thresholds"]:
        amount = (
            limit * Decimal(str(t["threshold"])) / 100
            if t["threshold_type"] == "percentage"
            else Decimal(str(t["threshold"]))
        )
        crossed: datetime | None = None
        cumulative = Decimal(0)
        for day, spent in days:
            before, cumulative = cumulative, cumulative + spent
            if t["notification_type"] == "actual":
                if cumulative >= amount and spent > 0:
                    crossed = day + DAY * float((amount - before) / spent)
                    break
            else:
                elapsed = (day + DAY - start) / DAY  # whole billed days so far
                if (
                    elapsed >= MIN_FORECAST_DAYS
                    and cumulative / Decimal(elapsed) * Decimal(period_days) >= amount
                ):
                    crossed = day + DAY
                    break
        when = None if crossed is None else iso(max(min(crossed, now), start))
        shown = t["threshold"] if t["threshold_type"] == "percentage" else money(amount)
        out.append({**t, "threshold": shown, "crossed_at": when})
    return out


def render_budget(budget: Record, records: list[Record], now: datetime, children: list[str]) -> Record:
    """The spec's Budget: spend, forecast, burn rate and crossed thresholds from the cost records."""
    start, end = budget_period(budget["time_unit"], now)
    per_day: dict[datetime, Decimal] = {}
    for r in records:
        if start <= r["charge_period_start"] < now and in_scope(r, budget["scope"]):
            day = midnight(r["charge_period_start"])
            per_day[day] = per_day.get(day, Decimal(0)) + r["effective_cost"]
    days = sorted(per_day.items())
    actual = sum(per_day.values(), Decimal(0))
    limit: Decimal = budget["limit"]
    elapsed = max((min(now, end) - start) / DAY, 0.0)
    period_days = (end - start) / DAY
    # The records run up to now: the daily average is over the time elapsed, the rest of the period at it.
    daily = actual / Decimal(elapsed) if elapsed > 0 else Decimal(0)
    forecast = actual + daily * Decimal(max((end - max(now, start)) / DAY, 0.0))
    exhaustion: str | None = None
    if actual >= limit:
        cumulative = Decimal(0)
        for day, spent in days:
            cumulative += spent
            if cumulative >= limit:
                exhaustion = day.date().isoformat()
                break
    elif daily > 0:
        when = now + DAY * float((limit - actual) / daily)
        exhaustion = when.date().isoformat() if when < end else None
    return {
        "id": budget["id"],
        "name": budget["name"],
        "parent_id": budget["parent_id"],
        "children_ids": children,
        "limit": money(limit),
        "time_unit": budget["time_unit"],
        "current_period": window_body(start, end),
        "scope": budget["scope"],
        "actual_spend": exact(actual),
        "forecasted_spend": money(forecast),
        "burn_rate": {
            "daily_avg": money(daily),
            "pct_period_elapsed": round(min(elapsed / period_days * 100, 100.0), 2),
            "pct_budget_consumed": round(float(actual / limit * 100), 2) if limit else 0.0,
            "projected_exhaustion_date": exhaustion,
        },
        "thresholds": _crossings(budget, days, start, end, now),
        "created_at": budget["created_at"],
    }


def budget_records(store: TenantStore, now: datetime) -> list[Record]:
    """The cost records of every budget's current period, up to ``now``."""
    starts = [budget_period(b["time_unit"], now)[0] for b in store.collection("budgets")]
    return records_in(store, min(starts), now, now) if starts else []


def budget_states(store: TenantStore, now: datetime) -> list[Record]:
    """Every budget as ``GET /v1/cost/budgets`` shows it at ``now`` (in the collection's order). The
    last answer is kept: the tickers of one clock move (budget thresholds, alert rules) ask for the
    same instant."""
    last: tuple[datetime, list[Record]] | None = store.singletons.get("budget_states")
    if last is not None and last[0] == now:
        return last[1]
    budgets = list(store.collection("budgets"))
    records = budget_records(store, now)
    states = [
        render_budget(b, records, now, [k["id"] for k in budgets if k["parent_id"] == b["id"]])
        for b in budgets
    ]
    store.singletons["budget_states"] = (now, states)
    return states


def budget_scope_spend(
    store: TenantStore, budget_id: str, start: int, end: int
) -> tuple[str, Decimal] | None:
    """(name, effective cost) of a budget's scope over ``[start, end)`` (Unix seconds, on hours): the
    cost records in its scope, as the cost endpoints show that window at ``end``; None without it.
    The last window's records are kept: the alert rules of one window ask for the same."""
    budget = next((b for b in store.collection("budgets") if b["id"] == budget_id), None)
    if budget is None:
        return None
    last: tuple[int, int, list[Record]] | None = store.singletons.get("cost_window")
    if last is not None and last[:2] == (start, end):
        records = last[2]
    else:
        at = datetime.fromtimestamp(start, UTC), datetime.fromtimestamp(end, UTC)
        records = records_in(store, *at, at[1])
        store.singletons["cost_window"] = (start, end, records)
    return budget["name"], sum(
        (r["effective_cost"] for r in records if in_scope(r, budget["scope"])), Decimal(0)
    )


def fleet_spend(store: TenantStore, start: int, end: int) -> list[tuple[str, dict[str, str], Decimal]]:
    """(instance id, tags, effective cost) of the fleet's running time in ``[start, end)`` (Unix
    seconds), one entry per instance, summed hour by hour as the cost records are."""
    runs: list[Run] = store.singletons["cost_runs"]
    totals: dict[str, tuple[dict[str, str], Decimal]] = {}
    h0 = start
    while h0 < end:
        h1 = min(end, (h0 // HOUR + 1) * HOUR)
        for r in _gpu_records(runs, h0, h1):
            tags, cost = totals.get(r["resource_id"], (r["tags"], Decimal(0)))
            totals[r["resource_id"]] = (tags, cost + r["effective_cost"])
        h0 = h1
    return [(ident, tags, cost) for ident, (tags, cost) in sorted(totals.items())]


@dataclass
class BudgetWatch:
    """What the budget ticker has seen: since when it watches, the last hour it ran, and the thresholds
    already crossed (``budget id/period start/threshold index``; None until its first run)."""

    since: datetime
    hour: int = 0
    crossed: set[str] | None = None

    def __post_init__(self) -> None:
        self.hour = self.hour or int(self.since.timestamp()) // HOUR


def _crossed(states: list[Record]) -> list[tuple[str, Record, Record]]:
    return [
        (f"{b['id']}/{b['current_period']['start']}/{i}", b, t)
        for b in states
        for i, t in enumerate(b["thresholds"])
        if t["crossed_at"] is not None
    ]


def notify_budget_thresholds(store: TenantStore, now: datetime, emit: Emit) -> None:
    """Sends ``budget.threshold_crossed`` once per threshold and period when a budget's actual or
    forecasted spend crosses one of its thresholds as the clock moves. Budgets are read at each
    clock hour's close (the last of a move, and the last of a period a move leaves behind)."""
    watch: BudgetWatch | None = store.singletons.get("budget_watch")
    hour = int(now.timestamp()) // HOUR
    if watch is None or hour <= watch.hour:
        return
    if watch.crossed is None:  # what was crossed before the world started is not news
        watch.crossed = {key for key, _, _ in _crossed(budget_states(store, watch.since))}
    instants = []
    boundary = _add_months(midnight(datetime.fromtimestamp(watch.hour * HOUR, UTC)).replace(day=1), 1)
    while boundary.timestamp() <= hour * HOUR:
        instants.append(boundary - timedelta(seconds=1))  # the last second of a period left behind
        boundary = _add_months(boundary, 1)
    instants.append(datetime.fromtimestamp(hour * HOUR, UTC))
    watch.hour = hour
    for at in instants:
        for key, budget, threshold in _crossed(budget_states(store, at)):
            if key in watch.crossed:
                continue
            watch.crossed.add(key)
            emit(
                "budget.threshold_crossed",
                {
                    "budget_id": budget["id"],
                    "budget_name": budget["name"],
                    "threshold": threshold,
                    "limit": budget["limit"],
                    "actual_spend": budget["actual_spend"],
                    "forecasted_spend": budget["forecasted_spend"],
                    "pct_budget_consumed": budget["burn_rate"]["pct_budget_consumed"],
                    "period": budget["current_period"],
                },
            )


# -- recommendations and the savings ledger -----------------------------------------------------------

MONTH_DAYS = Decimal(365) / 12
LEDGER_DAYS = 30  # the window of the projected ledger entry an acceptance records
OPEN_DAYS = 30  # an open recommendation expires this long after it was produced
IDLE_THRESHOLD_PCT = 5.0
IDLE_LOOKBACK_HOURS = 72
#: weekday office hours are 08:00-20:00 local: the rest of the week a dev box can be stopped
OFF_HOURS_PER_MONTH = Decimal(168 - 5 * 12) * MONTH_DAYS / 7
SONNET_BEDROCK = "us.anthropic.claude-sonnet-4-5-20250929-v1:0"
HAIKU_BEDROCK = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
GPU_IDLE_EXAMPLE_INSTANCE = "gpu_8DwkNhFdnXsiVp"
ACME_REC_IDS = {
    "gpu_idle": "rec_u8jzPde0IgxLd6",
    "intent_routing": "rec_CuNGMGmSrCGIZE",
}


def recommendations(store: TenantStore, now: datetime, fleet: Reads) -> Collection:
    """The ``recommendations`` collection (built on first use), after moving stale open ones to ``expired``.

    Records are the spec's ``Recommendation``; the AI recommender's recommendations appear here
    with their own ids, and the status set here is the one ``ai_get_*_recommendations`` show.
    """
    recs = store.collections.get("recommendations")
    if recs is None:
        recs = store.collection("recommendations", kind="recommendation")
        plan = store.singletons.get("cost_recommendation_plan")
        if plan is not None:
            _build_recommendations(store, recs, fleet, *plan)
    stamp = iso(now)
    for rec in recs:
        if rec["status"] == "open" and rec["expires_at"] and rec["expires_at"] <= stamp:
            rec["status"] = "expired"
            rec["updated_at"] = rec["expires_at"]
    return recs


def recommendation_status(store: TenantStore, ident: str) -> str | None:
    """The status set here of a recommendation (what ai shows of its own), or None before any is built."""
    recs = store.collections.get("recommendations")
    rec = recs.get(ident) if recs is not None else None
    return None if rec is None else rec.get("status")


def savings_ledger(store: TenantStore, now: datetime, fleet: Reads) -> list[Record]:
    """The savings ledger's entries (its seeded history is built with the recommendations on first use)."""
    recommendations(store, now, fleet)
    return list(store.collection("savings_ledger", kind="savings ledger entry"))


def budgets(store: TenantStore) -> list[Record]:
    """The tenant's budgets as stored (``render_budget`` makes the spec's ``Budget`` of one)."""
    return list(store.collection("budgets", kind="budget"))


def recommendation_meta(store: TenantStore) -> dict[str, Record]:
    """Per recommendation: ``baseline`` (monthly cost it applies to) and the wired ``action``/``target``."""
    meta: dict[str, Record] = store.singletons.setdefault("cost_recommendation_meta", {})
    return meta


def _rec(
    ident: str,
    kind: str,
    title: str,
    description: str,
    savings: Decimal,
    confidence: float,
    evidence: Record,
    resources: list[Record],
    created: datetime,
) -> Record:
    return {
        "id": ident,
        "type": kind,
        "status": "open",
        "title": title,
        "description": description,
        "estimated_monthly_savings": money(savings),
        "confidence": round(confidence, 2),
        "evidence": evidence,
        "resources": resources,
        "created_at": iso(created),
        "updated_at": iso(created),
        "expires_at": iso(created + OPEN_DAYS * DAY),
        "action_id": None,
        "dismissal": None,
    }


def amount_of(m: Record) -> Decimal:
    return Decimal(m["amount"])


def app_cost(records: list[Record], application: str, source: str, start: datetime, end: datetime) -> Decimal:
    """Effective cost of one application on one source in ``[start, end)``, from the cost records."""
    return sum(
        (
            r["effective_cost"]
            for r in records
            if r["tags"].get("application") == application
            and r["x_source"] == source
            and start <= r["charge_period_start"] < end
        ),
        Decimal(0),
    )


def _monthly(records: list[Record], application: str, source: str, before: datetime) -> Decimal:
    """The application's monthly cost on the source, from the 30 days before ``before``."""
    start = midnight(before) - 30 * DAY
    return app_cost(records, application, source, start, midnight(before)) * MONTH_DAYS / 30


def _build_recommendations(
    store: TenantStore, recs: Collection, fleet: Reads, seed: int, now: datetime, tenant: Tenant
) -> None:
    rng = random.Random(seed)
    acme = tenant.id == ACME.id
    run = midnight(now) + timedelta(hours=3)  # the recommenders run daily at 03:00 UTC
    if run > now:
        run -= DAY
    records = records_in(store, midnight(now) - RECOMMENDER_HISTORY_DAYS * DAY, now, now)
    meta = recommendation_meta(store)
    fresh: list[tuple[Record, Record]] = _gpu_recommendations(store, rng, run, fleet)
    fresh.sort(key=lambda pair: -amount_of(pair[0]["estimated_monthly_savings"]))
    idle = [p for p in fresh if p[0]["type"] == "gpu_idle"]
    if acme and idle:  # the spec's example is about gpu-dev-12 (gpu_8DwkNhFdnXsiVp), in Acme's fleet
        example = next((p for p in idle if p[0]["resources"][0]["id"] == GPU_IDLE_EXAMPLE_INSTANCE), idle[0])
        example[0]["id"] = ACME_REC_IDS["gpu_idle"]
    fresh.append(
        _intent_routing(records, run, ACME_REC_IDS["intent_routing"] if acme else random_id(rng, "rec_", 14))
    )
    fresh += _ai_recommendations(fleet.ai_recommendations(store))
    for rec, info in fresh:
        if rec["id"] == "rec_":  # not an id of the spec's examples or of the AI recommender
            rec["id"] = random_id(rng, "rec_", 14)
        if rec["id"] in recs:
            continue
        recs.add(rec)
        meta[rec["id"]] = info
    people = [
        u.email for u in seed_users() if u.memberships.get(tenant.id) in ("owner", "admin", "finops_analyst")
    ]
    ledger = store.collection("savings_ledger", kind="savings ledger entry")
    for past in WORLD.past_recommendations_of(tenant.id):  # world/recommendations.toml
        _seed_past(recs, ledger, meta, records, past, past.id or random_id(rng, "rec_", 14), rng, now, people)


def _instance_ref(inst: Record) -> Record:
    return {"kind": "gpu_instance", "id": inst["id"], "name": inst["name"]}


def _gpu_recommendations(
    store: TenantStore, rng: random.Random, run: datetime, fleet: Reads
) -> list[tuple[Record, Record]]:
    """Open GPU recommendations from the fleet and its DCGM series (gpu's idle detection)."""
    instances = {inst["id"]: inst for inst in fleet.instances(store)}
    now_s = int(run.timestamp())
    out: list[tuple[Record, Record]] = []
    for inst in instances.values():
        s = fleet.series(store, inst["id"])
        if inst["state"] != "running" or s is None:
            continue
        hourly = Decimal(inst["hourly_cost"]["amount"])
        created = run - DAY * rng.randint(0, 6)
        label = f"{inst['instance_type']} {inst['name']} ({inst['region']})"
        stop = {"type": "stop_instance", "grace_period_minutes": 30}
        entry = fleet.idle_report(inst, s, now_s, IDLE_THRESHOLD_PCT, IDLE_LOOKBACK_HOURS)
        kind = s.kind
        if entry:
            monthly = hourly * 730
            hours = float(entry["idle_hours"])
            out.append(
                (
                    _rec(
                        "rec_",
                        "gpu_idle",
                        f"Stop {inst['name']}: idle for {hours:.0f} hours",
                        f"{label} has kept gr_engine_active below {IDLE_THRESHOLD_PCT:g}% since "
                        f"{entry['idle_since']} ({hours:.1f} hours). Stopping it saves its full hourly cost, "
                        f"about {monthly:,.0f} USD a month.",
                        monthly,
                        0.93 if hours >= 48 else 0.8,
                        {
                            "lookback_hours": IDLE_LOOKBACK_HOURS,
                            "idle_threshold_gr_engine_active_pct": IDLE_THRESHOLD_PCT,
                            "avg_gr_engine_active_pct": entry["avg_activity_pct"],
                            "idle_since": entry["idle_since"],
                            "idle_hours": hours,
                            "hourly_cost": inst["hourly_cost"],
                        },
                        [_instance_ref(inst)],
                        created,
                    ),
                    {"baseline": monthly, "action": stop, "target": _instance_ref(inst)},
                )
            )
        elif kind == "dev":
            saved = hourly * OFF_HOURS_PER_MONTH
            out.append(
                (
                    _rec(
                        "rec_",
                        "gpu_idle",
                        f"Stop {inst['name']} outside working hours",
                        f"{label} is only busy on weekdays between 08:00 and 20:00 local time. Stopping it "
                        f"the rest of the week saves about {saved:,.0f} USD a month.",
                        saved,
                        0.86,
                        {
                            "lookback_days": 14,
                            "idle_threshold_gr_engine_active_pct": IDLE_THRESHOLD_PCT,
                            "idle_hours_per_week": 168 - 5 * 12,
                            "schedule": "stop 20:00-08:00 on weekdays and all weekend",
                            "hourly_cost": inst["hourly_cost"],
                        },
                        [_instance_ref(inst)],
                        created,
                    ),
                    {"baseline": hourly * 730, "action": stop, "target": _instance_ref(inst)},
                )
            )
        elif kind == "low" and inst["gpu_count"] >= 2:
            end = now_s // 60
            total, count = fleet.activity_sum(s, end - 7 * 24 * 60, end)
            pct = round(total / count / 10, 1) if count else 0.0
            keep = max(inst["gpu_count"] // 2, 1)
            saved = hourly * (inst["gpu_count"] - keep) / inst["gpu_count"] * 730
            out.append(
                (
                    _rec(
                        "rec_",
                        "gpu_rightsize",
                        f"Rightsize {inst['name']} from {inst['gpu_count']} to {keep} GPUs",
                        f"{label} averaged {pct}% gr_engine_active over 7 days on {inst['gpu_count']} x "
                        f"{inst['gpu_type']}; {keep} GPUs carry the same load.",
                        saved,
                        0.74,
                        {
                            "lookback_days": 7,
                            "avg_gr_engine_active_pct": pct,
                            "gpu_count": inst["gpu_count"],
                            "recommended_gpu_count": keep,
                            "hourly_cost": inst["hourly_cost"],
                        },
                        [_instance_ref(inst)],
                        created,
                    ),
                    {"baseline": hourly * 730, "action": None, "target": None},
                )
            )
    for host in fleet.mig_hosts(store):
        host_inst = instances.get(host["instance_id"])
        if host_inst is None or host_inst["state"] != "running":
            continue
        inst = host_inst
        slices = [sl for g in host["gpus"] for sl in g["slices"]]
        free = [sl for sl in slices if sl["allocated_to"] is None]
        mig_gpus = sum(1 for g in host["gpus"] if g["mig_mode"] == "enabled")
        if not free or not mig_gpus:
            continue
        hourly = Decimal(inst["hourly_cost"]["amount"])
        free_compute = sum(sl["compute_slices"] for sl in free)
        saved = hourly * 730 * free_compute / (7 * inst["gpu_count"])
        out.append(
            (
                _rec(
                    "rec_",
                    "mig_repartition",
                    f"Repartition MIG on {inst['name']}: {len(free)} slice{'s' if len(free) > 1 else ''} unallocated",
                    f"{len(free)} of the {len(slices)} MIG slices on {inst['name']} ({free_compute} of "
                    f"{7 * mig_gpus} compute slices) have had no workload for 7 days; merging them into "
                    f"the allocated profiles lets the pool shrink.",
                    saved,
                    0.62,
                    {
                        "lookback_days": 7,
                        "mig_gpus": mig_gpus,
                        "slices": len(slices),
                        "unallocated_profiles": sorted({sl["profile"] for sl in free}),
                        "unallocated_compute_slices": free_compute,
                        "hourly_cost": inst["hourly_cost"],
                    },
                    [{"kind": "mig_host", "id": inst["id"], "name": host.get("hostname") or inst["name"]}],
                    run - DAY * rng.randint(0, 6),
                ),
                {"baseline": hourly * 730, "action": None, "target": None},
            )
        )
    return out


def _intent_routing(records: list[Record], run: datetime, ident: str) -> tuple[Record, Record]:
    share = Decimal("0.38")  # intent classification's share of support-copilot's Bedrock spend
    baseline = _monthly(records, "support-copilot", "bedrock", run) * share
    saved = baseline * 2 / 3  # Haiku 4.5 costs a third of Sonnet 4.5 per token
    rec = _rec(
        ident,
        "model_routing",
        "Route support-copilot intent classification to Claude Haiku 4.5",
        "Intent-classification calls of support-copilot on Bedrock use Claude Sonnet 4.5; Claude Haiku 4.5 "
        "agreed with it on 96.4% of 412,880 replayed requests at a third of the price.",
        saved,
        0.78,
        {
            "lookback_days": 14,
            "requests_evaluated": 412880,
            "eval_agreement": 0.964,
            "traffic_share": float(share),
            "current_model_id": SONNET_BEDROCK,
            "proposed_model_id": HAIKU_BEDROCK,
        },
        [
            {"kind": "application", "id": "support-copilot", "name": "support-copilot"},
            {"kind": "model", "id": SONNET_BEDROCK, "name": "Claude Sonnet 4.5 (Bedrock)"},
        ],
        run - DAY * 4,
    )
    action = {
        "type": "route_model",
        "from_model_id": SONNET_BEDROCK,
        "to_model_id": HAIKU_BEDROCK,
        "traffic_share": float(round(share, 2)),  # a JSON number, as the spec types it
        "duration_minutes": None,
    }
    target = {"kind": "model", "id": SONNET_BEDROCK, "name": "Claude Sonnet 4.5 (Bedrock)"}
    return rec, {"baseline": baseline, "action": action, "target": target}


_AI_EVIDENCE_SKIP = {
    "id",
    "type",
    "status",
    "created_at",
    "estimated_monthly_savings",
    "confidence",
    "rationale",
}


def _ai_recommendations(recommended: list[Record]) -> list[tuple[Record, Record]]:
    """The AI recommender's open recommendations in this feed's shape (same ids, shared status)."""
    out = []
    for ai in recommended:
        try:
            saved = amount_of(ai["estimated_monthly_savings"])
            if saved <= 0 or ai.get("verdict") == "stay_on_demand":
                continue
            app = ai.get("application")
            model = ai.get("current_model_id") or ai.get("model_id")
            who = app or "untagged traffic"
            if ai["type"] == "model_routing":
                title = f"Route {ai['traffic_share']:.0%} of {who} traffic from {model} to {ai['recommended_model_id']}"
                baseline = amount_of(ai["current_monthly_cost"])
                action: Record | None = {
                    "type": "route_model",
                    "from_model_id": model,
                    "to_model_id": ai["recommended_model_id"],
                    "traffic_share": ai["traffic_share"],
                    "duration_minutes": None,
                }
            elif ai["type"] == "prompt_cache":
                verb = "Enable" if ai.get("current_cache_ttl") is None else "Lengthen"
                title = f"{verb} prompt caching ({ai['recommended_cache_ttl']}) for {who} on {model}"
                baseline, action = amount_of(ai["current_monthly_cost"]), None
            elif ai["type"] == "provisioned_throughput":
                unit = "Bedrock model units" if ai["throughput_unit"] == "bedrock_model_unit" else "Azure PTU"
                title = f"Provision {ai['recommended_units']} {unit} for {model} in {ai['region']}"
                baseline, action = amount_of(ai["on_demand_monthly_cost"]), None
            else:
                continue
            created = parse_time(ai["created_at"])
        except (KeyError, TypeError, ValueError, ArithmeticError):
            continue
        resources = [{"kind": "application", "id": app, "name": app}] if app else []
        resources.append({"kind": "model", "id": str(model), "name": str(model)})
        evidence = {k: v for k, v in ai.items() if k not in _AI_EVIDENCE_SKIP}
        rec = _rec(
            ai["id"],
            ai["type"],
            title,
            str(ai.get("rationale") or title),
            saved,
            float(ai.get("confidence", 0.5)),
            evidence,
            resources,
            created,
        )
        rec["status"] = ai.get("status", "open")
        target = {"kind": "model", "id": str(model), "name": str(model)} if action else None
        out.append((rec, {"baseline": baseline, "action": action, "target": target}))
    return out


def ledger_entry(
    ident: str,
    rec: Record,
    start: datetime,
    end: datetime,
    baseline: Decimal,
    savings: Decimal,
    status: str,
    created: datetime,
    updated: datetime,
) -> Record:
    baseline, savings = baseline.quantize(UNIT), savings.quantize(UNIT)
    return {
        "id": ident,
        "recommendation_id": rec["id"],
        "recommendation_type": rec["type"],
        "window": window_body(start, end),
        "baseline_cost": exact(baseline),
        "actual_cost": exact(baseline - savings),
        "savings": exact(savings),
        "status": status,
        "created_at": iso(created),
        "updated_at": iso(updated),
    }


def _month_windows(start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    out = []
    while start < end:
        nxt = min(_add_months(start.replace(day=1), 1), end)
        out.append((start, nxt))
        start = nxt
    return out


def _seed_past(
    recs: Collection,
    ledger: Collection,
    meta: dict[str, Record],
    records: list[Record],
    past: PastRecommendation,
    ident: str,
    rng: random.Random,
    now: datetime,
    people: list[str],
) -> None:
    created = midnight(now) - past.days_ago * DAY + timedelta(hours=3)
    decided = (
        created + past.decided_after * DAY + timedelta(hours=rng.randint(6, 10), minutes=rng.randint(0, 59))
    )
    baseline_monthly = _monthly(records, past.application, past.source, created)
    rate = Decimal(str(past.rate))
    resources = [{"kind": "application", "id": past.application, "name": past.application}]
    rec = _rec(
        ident,
        past.type,
        past.title,
        past.description,
        baseline_monthly * rate,
        past.confidence,
        {
            "lookback_days": 14,
            "application": past.application,
            "source": past.source,
            "savings_rate": past.rate,
        },
        resources,
        created,
    )
    meta[ident] = {"baseline": baseline_monthly, "action": None, "target": None}
    status = "accepted" if past.status == "reversed" else past.status
    rec["status"] = status
    if status == "expired":
        rec["updated_at"] = rec["expires_at"]
        recs.add(rec)
        return
    rec["expires_at"] = None
    rec["updated_at"] = iso(decided)
    if past.dismissal is not None:
        reason, comment = past.dismissal
        rec["dismissal"] = {
            "reason": reason,
            "comment": comment,
            "dismissed_at": iso(decided),
            "dismissed_by": rng.choice(people),
        }
        recs.add(rec)
        return
    recs.add(rec)
    if status == "implemented":
        implemented = midnight(decided) + 2 * DAY
        rec["updated_at"] = iso(implemented + timedelta(hours=2, minutes=15))
        for start, end in _month_windows(implemented, midnight(now)):
            actual = app_cost(records, past.application, past.source, start, end)
            savings = actual * rate / (1 - rate)
            measured = min(end + timedelta(hours=2, minutes=15), now)
            ledger.add(
                ledger_entry(
                    random_id(rng, "led_", 14),
                    rec,
                    start,
                    end,
                    actual + savings,
                    savings,
                    "realized",
                    start + timedelta(hours=2, minutes=15),
                    measured,
                )
            )
        return
    ratio = LEDGER_DAYS / MONTH_DAYS
    start = midnight(decided) + DAY
    entry_status = "reversed" if past.status == "reversed" else "projected"
    updated = min(decided + 9 * DAY, now) if entry_status == "reversed" else decided
    ledger.add(
        ledger_entry(
            random_id(rng, "led_", 14),
            rec,
            start,
            start + LEDGER_DAYS * DAY,
            (baseline_monthly * ratio).quantize(CENT),
            (baseline_monthly * rate * ratio).quantize(CENT),
            entry_status,
            decided,
            updated,
        )
    )
