"""cost's seed: the fleet's running hours (the cost records are derived from them and the inference
events), the budgets, and what makes the recommendations built on first use deterministic."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from tensorcost_mock.domain.cost import DAY, GPU_SERVICES, HOUR, TAG_KEYS, BudgetWatch, Reads, Run, midnight
from tensorcost_mock.fixtures import WORLD, Seeder, Tenant, seeder
from tensorcost_mock.state import TenantStore, iso, parse_time


def costs_seeder(reads: Reads) -> Seeder:
    """cost's first seeder, reading gpu's fleet and ai's usage through ``reads`` (the registry's)."""

    @seeder("cost")
    def seed_costs(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
        """The cost records are not seeded: they are derived, an hour at a time, from the GPU fleet's
        running hours and the inference events (``records_in``). This keeps when each instance ran
        and the usage feed ai provides."""
        seeded = int(now.timestamp())
        listed = {record["id"]: record for record in reads.instances(store)}
        runs = []
        for inst in WORLD.fleet(tenant.id):
            record = listed.get(inst.id)
            if inst.state == "pending" or record is None:
                continue
            start = int(parse_time(record["launched_at"]).timestamp())  # to the second, as the API shows it
            end: int | None = None
            if inst.state != "running":  # stopped when its agent last reported, else two days before seeding
                s = reads.series(store, inst.id)
                last = s.last_min * 60 if s is not None and s.last_min is not None else seeded - 48 * HOUR
                end = max(start, last)
            tags = tuple((k, inst.tags[k]) for k in TAG_KEYS if inst.tags.get(k))
            runs.append(Run(inst.id, start, end, inst.hourly_usd, GPU_SERVICES[inst.type.provider], tags))
        store.singletons["cost_runs"] = runs
        store.singletons["cost_days"] = {}
        feed = reads.spend_feed(store)
        store.singletons["cost_feed"] = feed
        # the world's first hour with spend: its oldest instance's launch, or the start of its traffic
        store.singletons["cost_begin"] = (
            min([r.start for r in runs] + ([feed.first] if feed else [seeded])) // HOUR
        )

    return seed_costs


@seeder("cost_budgets")
def seed_budgets(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
    """The world's budgets (``world/budgets.toml``), the same limits in every tenant."""
    budgets = store.collection("budgets", kind="budget")
    for budget in WORLD.budgets:
        created = (
            midnight(now)
            - budget.age_days * DAY
            + timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))
        )
        budgets.add(
            {
                "id": WORLD.budget_id(tenant.id, budget.key),
                "name": budget.name,
                "parent_id": WORLD.budget_id(tenant.id, budget.parent) if budget.parent else None,
                "limit": budget.limit_usd,
                "time_unit": budget.time_unit,
                "scope": {"sources": list(budget.sources), "tags": dict(budget.tags)},
                "thresholds": [dict(t) for t in budget.thresholds],
                "created_at": iso(created),
            }
        )
    store.singletons["budget_watch"] = BudgetWatch(now)


@seeder("cost_recommendations")
def seed_recommendation_plan(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
    """Recommendations read the GPU fleet and the AI recommender's output, which other services
    seed, so they are built on first use (``recommendations()``); this keeps what makes them
    deterministic."""
    store.singletons["cost_recommendation_plan"] = (rng.getrandbits(64), now, tenant)
