"""cost: totals computed from the tenant's seeded cost records, so every aggregate adds up.

Collection ``cost_records``: one FOCUS-style line item per day and spend stream. Each record:
``id``, ``charge_period_start``/``charge_period_end`` (datetimes), ``x_workload``
(gpu | managed_inference | agents), ``x_source`` (the spec's Source), ``service_name``,
``billed_cost``/``effective_cost``/``list_cost`` (Decimal, whole cents), ``tags``
(application, team, environment, owner). Amounts are whole cents so that sums are exact.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from tensorcost_mock.errors import ApiError
from tensorcost_mock.fixtures import Tenant, seeder
from tensorcost_mock.handlers import HandlerContext, Reply, handler
from tensorcost_mock.state import Record, TenantStore, iso, money, parse_time

HISTORY_DAYS = 120
WORKLOADS = ("gpu", "managed_inference", "agents")

#: (source, service_name, workload, application, team, environment, owner, mean daily USD)
STREAMS = (
    ("gpu_agent", "Amazon EC2", "gpu", "training-platform", "ml-platform", "prod", "li.wei", 520.0),
    ("gpu_agent", "Amazon EC2", "gpu", "batch-embeddings", "search", "prod", "marco.bianchi", 310.0),
    ("gpu_agent", "Amazon EC2", "gpu", "research-sandbox", "research", "dev", "priya.shah", 140.0),
    (
        "bedrock",
        "Amazon Bedrock",
        "managed_inference",
        "support-copilot",
        "customer-success",
        "prod",
        "ana.ruiz",
        260.0,
    ),
    (
        "azure_openai",
        "Azure OpenAI Service",
        "managed_inference",
        "doc-summarizer",
        "legal-ops",
        "prod",
        "priya.shah",
        150.0,
    ),
    ("vertex", "Vertex AI", "managed_inference", "search-rerank", "search", "staging", "marco.bianchi", 70.0),
    (
        "openai_api",
        "OpenAI API",
        "managed_inference",
        "sales-assistant",
        "revenue",
        "prod",
        "ana.ruiz",
        120.0,
    ),
    (
        "anthropic_api",
        "Anthropic API",
        "agents",
        "code-review-agent",
        "developer-experience",
        "prod",
        "marco.bianchi",
        95.0,
    ),
    ("openai_api", "OpenAI API", "agents", "ops-triage-agent", "sre", "prod", "li.wei", 45.0),
)


def _cents(value: float) -> Decimal:
    return (Decimal(max(round(value * 100), 0)) / 100).quantize(Decimal("0.01"))


@seeder("cost")
def seed_costs(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
    records = store.collection("cost_records", kind="cost record")
    scale = 3.0 if tenant.tier == "enterprise" else 1.0
    today = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    for day in range(HISTORY_DAYS, -1, -1):
        start = today - timedelta(days=day)
        weekday = 0.65 if start.weekday() >= 5 else 1.0
        growth = 1.0 + 0.25 * (HISTORY_DAYS - day) / HISTORY_DAYS  # spend grows over the history
        for source, service, workload, app, team, env, owner, mean in STREAMS:
            effective = _cents(mean * scale * weekday * growth * rng.uniform(0.8, 1.2))
            billed = _cents(float(effective) * rng.uniform(1.0, 1.08))
            listed = max(_cents(float(billed) * rng.uniform(1.02, 1.15)), billed)
            records.add(
                {
                    "id": store.new_id("cst_"),
                    "charge_period_start": start,
                    "charge_period_end": start + timedelta(days=1),
                    "x_workload": workload,
                    "x_source": source,
                    "service_name": service,
                    "effective_cost": effective,
                    "billed_cost": billed,
                    "list_cost": listed,
                    "tags": {"application": app, "team": team, "environment": env, "owner": owner},
                }
            )


def window_of(ctx: HandlerContext) -> tuple[datetime, datetime]:
    """The ``start``/``end`` query window; defaults to the calendar month so far."""
    end = ctx.query.get("end")
    start = ctx.query.get("start")
    end_dt = parse_time(end) if end else ctx.now.replace(microsecond=0)
    start_dt = (
        parse_time(start) if start else end_dt.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    )
    if start_dt >= end_dt:
        raise ApiError(
            400,
            "VALIDATION_FAILED",
            'Request validation failed: query parameter "end" must be after start',
            [{"location": "query", "field": "end", "message": "must be after start"}],
        )
    return start_dt, end_dt


def records_in(store: TenantStore, start: datetime, end: datetime) -> list[Record]:
    return [r for r in store.collection("cost_records") if start <= r["charge_period_start"] < end]


@handler("cost_get_summary")
@handler("cost_get_costs_legacy")  # the deprecated GET /api/costs answers the same until its sunset
def get_summary(ctx: HandlerContext) -> Reply:
    start, end = window_of(ctx)
    records = records_in(ctx.store, start, end)
    totals = {k: Decimal(0) for k in ("effective_cost", "billed_cost", "list_cost")}
    by_workload = dict.fromkeys(WORKLOADS, Decimal(0))
    for r in records:
        for k in totals:
            totals[k] += r[k]
        by_workload[r["x_workload"]] += r["effective_cost"]
    return ctx.ok(
        {
            "window": {"start": iso(start), "end": iso(end)},
            "currency": "USD",
            "effective_cost": money(totals["effective_cost"]),
            "billed_cost": money(totals["billed_cost"]),
            "list_cost": money(totals["list_cost"]),
            "savings": money(totals["list_cost"] - totals["effective_cost"]),
            "by_workload": {k: money(v) for k, v in by_workload.items()},
            "event_count": len(records),
        }
    )
