"""What alert's rules measure as the clock moves: every measurable ``MonitoredMetric`` of the spec.

Part of the alert service (only :mod:`tensorcost_mock.domain.alert` imports it). The other services'
data comes through :class:`WorldReads`, plain functions the registry builds from their domain modules,
so the numbers are the ones their own endpoints show:

- ``hourly_spend``/``daily_spend``: the inference spend reported in the window (an aggregated usage
  record counts when its bucket closes), plus the GPU fleet's hours in the window when the scope can
  include them (no source, or ``gpu_agent``); self-hosted inference is paid for by those hours. A scope
  naming a ``budget_id`` is the budget's scope: the effective cost of the cost records in it for the
  window, as the cost endpoints show them at its close (the scope's other fields are not used).
- ``token_rate``/``request_rate``: tokens (input, cache reads and writes, output) or requests per
  minute of the inference events that happened in the window and were seen by its close.
- ``gpu_util_pct``: the mean ``gpu_util`` of an instance's DCGM samples in the window, in percent.
- ``idle_gpu_hours``: an instance's ``idle_hours`` in ``GET /v1/gpu/instances/idle`` at the close.
- ``budget_burn_pct``/``forecast_overrun``: the budget's ``pct_budget_consumed``, and its forecast
  above the limit in percent of the limit, as ``GET /v1/cost/budgets`` shows them at the close.

- ``anomaly_score``: the score of each anomaly ai detected in the rule's scope (its source, team,
  application and model), at its detection time (ai's ``anomaly_score``, 0 to 1).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, NamedTuple

from tensorcost_mock.state import Record, TenantStore

MINUTE = 60
HOUR = 3600
#: The longest an inference event takes to be reported (an aggregated record's 4-hour bucket).
REPORTING_LAG = 4 * HOUR
UNIT = Decimal("0.0000001")

SPEND = ("hourly_spend", "daily_spend")
RATES = ("token_rate", "request_rate")
GPU = ("gpu_util_pct", "idle_gpu_hours")
BUDGET = ("budget_burn_pct", "forecast_overrun")
ANOMALY = "anomaly_score"
#: Every metric the rules evaluate as the clock moves.
MEASURED = (*SPEND, *RATES, *GPU, *BUDGET, ANOMALY)
#: The fields of a rule's scope an anomaly's scope is compared on.
ANOMALY_FIELDS = ("source", "team", "application", "model_id")


class Usage(NamedTuple):
    """One inference event as the rules see it."""

    source: str
    model_id: str
    attribution: Mapping[str, Any]
    cost: int  # units of 1e-7 USD
    requests: int
    tokens: int  # input (uncached, cache reads, cache writes) plus output


class FleetSpend(NamedTuple):
    """One instance's running time in a window, at its effective rate."""

    instance_id: str
    tags: Mapping[str, str]
    cost: Decimal


class Anomaly(NamedTuple):
    """One anomaly ai detected, as the rules see it."""

    id: str
    title: str
    detected: int  # Unix seconds
    scope: Mapping[str, str | None]  # the spec's AiAnomalyScope
    score: Decimal  # 0 to 1
    excess_cost: Decimal


@dataclass(frozen=True)
class WorldReads:
    """What the rules read of ai, cost and gpu. Alert imports no other domain module: the registry
    builds these from theirs and binds them into the ticker."""

    #: The inference events of ``[start, end)`` seen by ``now`` (Unix seconds).
    traffic: Callable[[TenantStore, int, int, int], Sequence[Usage]]
    #: The fleet's running time in ``[start, end)`` (Unix seconds), one entry per instance.
    fleet_spend: Callable[[TenantStore, int, int], Sequence[FleetSpend]]
    #: The spec's ``Budget`` of every budget as of a time, by id.
    budgets: Callable[[TenantStore, datetime], Mapping[str, Record]]
    #: The GPU instances (the spec's ``GpuInstance``).
    instances: Callable[[TenantStore], Sequence[Record]]
    #: An instance's entry of ``GET /v1/gpu/instances/idle`` (default threshold and lookback) at a
    #: Unix second, or None when it is not idle.
    idle: Callable[[TenantStore, Record, int], Record | None]
    #: (sum of ``gpu_util`` in percent, number of samples) of an instance over minutes ``[m0, m1)``.
    util: Callable[[TenantStore, str, int, int], tuple[int, int]]
    #: (lowest, highest possible sum of ``gpu_util``, number of samples) over the same minutes, cheap.
    util_bounds: Callable[[TenantStore, str, int, int], tuple[int, int, int]]
    #: (name, effective cost) of a budget's scope in ``[start, end)`` (Unix seconds) as the cost
    #: endpoints show it at ``end``, or None when there is no such budget.
    budget_spend: Callable[[TenantStore, str, int, int], tuple[str, Decimal] | None]
    #: The anomalies ai detected in ``(start, end]`` (Unix seconds), oldest first.
    anomalies: Callable[[TenantStore, int, int], Sequence[Anomaly]]


def window_minutes(rule: Record) -> int:
    """The span of one window of the rule, in minutes (windows are aligned on the Unix epoch)."""
    metric = rule["metric"]
    if metric == "hourly_spend" or metric == "idle_gpu_hours":
        return 60
    if metric == "daily_spend":
        return 1440
    return int(rule["condition"]["window_minutes"])


def measurable(rule: Record) -> bool:
    """A rule the world answers as the clock moves."""
    scope = rule["scope"]
    if not rule["enabled"] or rule["metric"] not in MEASURED:
        return False
    if rule["metric"] in BUDGET:
        return bool(scope["budget_id"])
    if rule["metric"] in GPU:
        return scope["source"] in (None, "gpu_agent") and not scope["model_id"]
    if rule["metric"] in SPEND:
        return True
    if rule["metric"] == ANOMALY:
        return not scope["budget_id"] and not scope["instance_id"]  # anomalies are inference's
    return not scope["budget_id"]


def _matches(scope: Record, values: Mapping[str, Any]) -> bool:
    return all(scope[k] is None or values.get(k) == scope[k] for k in values)


def spend(reads: WorldReads, store: TenantStore, scope: Record, start: int, end: int) -> Decimal:
    """Spend of the scope in ``(start, end]``: inference spend reported in it and the fleet's hours."""
    out = Decimal(0)
    if scope["source"] in (None, "gpu_agent") and not scope["model_id"]:
        for item in reads.fleet_spend(store, start, end):
            who = {"team": item.tags.get("team"), "application": item.tags.get("application")}
            if _matches(scope, {**who, "instance_id": item.instance_id}):
                out += item.cost
    if scope["source"] == "gpu_agent" or scope["instance_id"]:
        return out  # self-hosted inference is paid for by the fleet's hours

    def seen(now: int) -> int:
        return sum(
            u.cost
            for u in reads.traffic(store, start - REPORTING_LAG, now, now)
            if u.source != "gpu_agent" and _usage_matches(scope, u)
        )

    return out + Decimal(seen(end) - seen(start)) * UNIT


def anomaly_in_scope(scope: Record, anomaly: Anomaly) -> bool:
    """Whether an anomaly is in a rule's scope: every field the rule sets, the anomaly sets alike."""
    return all(scope[k] is None or anomaly.scope.get(k) == scope[k] for k in ANOMALY_FIELDS)


def _usage_matches(scope: Record, u: Usage) -> bool:
    who = u.attribution
    return _matches(
        scope,
        {"source": u.source, "model_id": u.model_id, "team": who["team"], "application": who["application"]},
    )


def rate(reads: WorldReads, store: TenantStore, rule: Record, start: int, end: int) -> Decimal:
    """Tokens or requests per minute of the rule's scope over ``[start, end)``, seen by ``end``."""
    scope = rule["scope"]
    tokens = rule["metric"] == "token_rate"
    total = sum(
        u.tokens if tokens else u.requests
        for u in reads.traffic(store, start, end, end)
        if _usage_matches(scope, u)
    )
    return (Decimal(total) * MINUTE / (end - start)).quantize(Decimal("0.01"))


def instances_in(reads: WorldReads, store: TenantStore, scope: Record) -> list[Record]:
    """The GPU instances a GPU rule watches, by id."""
    out = []
    for instance in reads.instances(store):
        tags = instance["tags"]
        who = {
            "team": tags.get("team"),
            "application": tags.get("application"),
            "instance_id": instance["id"],
        }
        if _matches(scope, who):
            out.append(instance)
    return sorted(out, key=lambda i: str(i["id"]))


def utilisation(
    reads: WorldReads,
    store: TenantStore,
    instance_id: str,
    start: int,
    end: int,
    holds: Callable[[Decimal], bool],
) -> Decimal | None:
    """Mean ``gpu_util`` of an instance's samples in ``[start, end)``, percent; None without samples
    or when the cheap bounds show the comparison ``holds`` fails whatever the exact mean."""
    m0, m1 = start // MINUTE, end // MINUTE
    low, high, count = reads.util_bounds(store, instance_id, m0, m1)
    if not count or not (holds(_mean(low, count)) or holds(_mean(high, count))):
        return None
    total, count = reads.util(store, instance_id, m0, m1)
    return _mean(total, count)


def _mean(total: int, count: int) -> Decimal:
    return (Decimal(total) / count).quantize(Decimal("0.01"))


def budget_metric(metric: str, budget: Record) -> Decimal:
    """Percent of the limit consumed, or the forecast above the limit in percent of it."""
    limit = Decimal(budget["limit"]["amount"])
    if not limit:
        return Decimal(0)
    if metric == "budget_burn_pct":
        return Decimal(str(budget["burn_rate"]["pct_budget_consumed"]))
    forecast = Decimal(budget["forecasted_spend"]["amount"])
    return ((forecast - limit) / limit * 100).quantize(Decimal("0.01"))
