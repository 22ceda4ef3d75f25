"""report's seed: the scheduled export jobs, caught up to the seeding time."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta

from tensorcost_mock.domain.report import Cron, last_run, zone
from tensorcost_mock.fixtures import ACME, Tenant, seeder
from tensorcost_mock.state import TenantStore, iso, random_id

#: The alphabet the seeded jobs' ids were drawn from (upper case first), kept so they stay the same.
_UPPER_LOWER_DIGITS = string.ascii_uppercase + string.ascii_lowercase + string.digits


@dataclass(frozen=True)
class Job:
    key: str
    name: str
    resource: str
    format: str
    period: str
    cron: str
    timezone: str
    emails: tuple[str, ...]  # local parts, at the tenant's domain
    channels: tuple[str, ...]  # notification channel keys (see notification.CHANNELS)
    enabled: bool
    age_days: int


JOBS = (
    Job("weekly_ai", "Weekly AI spend by team", "ai-spend", "csv", "previous_week", "0 7 * * 1", "Europe/London",
        ("finops",), ("finops_slack",), True, 260),
    Job("monthly_pack", "Monthly FinOps cost pack", "cost", "pdf", "previous_month", "0 7 1 * *",
        "America/New_York", ("finops", "cfo-office"), (), True, 55),
    Job("daily_fleet", "Daily GPU fleet inventory", "instances", "csv", "previous_day", "30 6 * * *", "UTC",
        ("ml-platform-leads",), ("gpu_slack",), True, 120),
    Job("alert_digest", "Weekday alert digest", "alerts", "csv", "previous_day", "0 8 * * mon-fri",
        "Europe/Berlin", ("sre-oncall",), ("eng_email",), True, 75),
    Job("gpu_metrics", "GPU utilisation for capacity planning", "metrics", "csv", "previous_week", "0 5 * * 0",
        "America/Los_Angeles", ("capacity-planning",), (), True, 33),
    Job("quarterly_savings", "Quarterly savings review", "savings", "pdf", "previous_month", "0 9 1 1,4,7,10 *",
        "America/New_York", ("finops", "cfo-office"), ("finance_email",), False, 150),
)  # fmt: skip


ACME_JOB_IDS = {"weekly_ai": "sch_N1aE6PwZPf1Qh6", "monthly_pack": "sch_w9xfogoEmvnEN5"}


def _channel_id(tenant: Tenant, key: str) -> str:
    from tensorcost_mock.domain.refs import ref_id  # the ids of the seeded channels

    return ref_id(tenant, "chn_", "channel", key)


@seeder("report")
def seed_reports(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
    jobs = store.collection("scheduled_exports", kind="scheduled export")
    domain = f"{tenant.slug}.com"
    for job in JOBS:
        cron, tz = Cron.parse(job.cron), zone(job.timezone)
        created = now - timedelta(days=job.age_days, hours=rng.randint(1, 9), minutes=rng.randint(0, 59))
        fixed = ACME_JOB_IDS.get(job.key) if tenant.id == ACME.id else None
        previous = last_run(cron, tz, now, min(now - created, timedelta(days=100)))
        upcoming = cron.next_after(now, tz) if job.enabled else None
        jobs.add(
            {
                "id": fixed or random_id(rng, "sch_", 14, alphabet=_UPPER_LOWER_DIGITS),
                "name": job.name,
                "resource": job.resource,
                "format": job.format,
                "period": job.period,
                "schedule": {"cron": job.cron, "timezone": job.timezone},
                "delivery": {
                    "emails": [f"{local}@{domain}" for local in job.emails],
                    "channel_ids": [_channel_id(tenant, key) for key in job.channels],
                },
                "enabled": job.enabled,
                "next_run_at": iso(upcoming) if upcoming else None,
                "last_run_at": iso(previous) if previous else None,
                "created_at": iso(created),
            }
        )
