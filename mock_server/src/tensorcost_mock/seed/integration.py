"""integration's seed: the world's connections (``world/connections.toml``) and their sync history."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tensorcost_mock.domain.common import ALPHABET, hex_id
from tensorcost_mock.domain.identity import agent_key_id, seeded_members
from tensorcost_mock.domain.integration import Reads, validate
from tensorcost_mock.events import AuditRecorded
from tensorcost_mock.fixtures import WORLD, Seeder, Tenant, seeder
from tensorcost_mock.state import Record, TenantStore, iso, random_id

#: Per provider: sync interval (hours), days of seeded history, steps as (name, rows per hour for
#: a fetch step, or None for a step that carries the fetched rows on, or 0 for a step that reads none).
SYNC_PLANS: dict[str, tuple[int, int, tuple[tuple[str, int | None], ...]]] = {
    "aws": (
        6,
        30,
        (
            ("assume_role", 0),
            ("fetch_cost_export", 7400),
            ("fetch_invocation_logs", 5200),
            ("normalize_focus", None),
            ("load", None),
        ),
    ),
    "azure": (
        6,
        30,
        (
            ("acquire_token", 0),
            ("fetch_cost_export", 2600),
            ("fetch_diagnostic_logs", 3100),
            ("normalize_focus", None),
            ("load", None),
        ),
    ),
    "gcp": (
        6,
        30,
        (("acquire_token", 0), ("fetch_billing_export", 1900), ("normalize_focus", None), ("load", None)),
    ),
    "openai": (
        2,
        14,
        (("fetch_usage_api", 950), ("fetch_cost_api", 120), ("normalize_focus", None), ("load", None)),
    ),
    "anthropic": (
        2,
        14,
        (("fetch_usage_api", 640), ("fetch_cost_api", 90), ("normalize_focus", None), ("load", None)),
    ),
    "gpu_agent": (1, 7, (("collect_agent_reports", 0), ("normalize_metrics", None), ("load", None))),
}


@dataclass(frozen=True)
class Issue:
    """A health problem since ``since_hours`` ago; a ``fail`` also fails each sync at ``step``."""

    check: str
    result: str  # warn | fail
    message: str
    since_hours: int
    step: str | None = None
    error_code: str | None = None
    error_message: str | None = None


@dataclass(frozen=True)
class Seed:
    ident: str | None  # fixed id (the spec's examples), else drawn from the seed
    name: str
    provider: str
    account_id: str
    auth: dict[str, Any]
    age_days: int
    rotated_days_ago: int | None = None
    issue: Issue | None = None
    disabled_days_ago: int | None = None
    bucket: str | None = None
    agents: int = 0
    stagger_minutes: int | None = None  # when in the interval its syncs start; drawn if None


def seeds_for(tenant: Tenant) -> list[Seed]:
    """The tenant's connections of the world (``world/connections.toml``)."""

    def auth_of(auth: Mapping[str, Any]) -> dict[str, Any]:
        if auth["method"] == "agent_credential":  # the world names the agent key; its id is identity's
            return {"method": "agent_credential", "key_id": agent_key_id(tenant, auth["key"])}
        return dict(auth)

    return [
        Seed(
            c.id,
            c.name,
            c.provider,
            c.account_id,
            auth_of(c.auth),
            c.age_days,
            rotated_days_ago=c.rotated_days_ago,
            issue=None
            if c.issue is None
            else Issue(
                c.issue.check,
                c.issue.result,
                c.issue.message,
                c.issue.since_hours,
                step=c.issue.step,
                error_code=c.issue.error_code,
                error_message=c.issue.error_message,
            ),
            disabled_days_ago=c.disabled_days_ago,
            bucket=c.bucket,
            agents=c.agents,
            stagger_minutes=c.stagger_minutes,
        )
        for c in WORLD.connections_of(tenant.id)
    ]


SOURCES = {
    "aws": ["bedrock"],
    "azure": ["azure_openai"],
    "gcp": ["vertex"],
    "openai": ["openai_api"],
    "anthropic": ["anthropic_api"],
    "gpu_agent": ["gpu_agent"],
}


def _sync_history(
    store: TenantStore,
    rng: random.Random,
    conn: Record,
    seed: Seed,
    scale: float,
    now: datetime,
    disabled: datetime | None,
) -> datetime | None:
    """Add the connection's step runs; returns when its last complete sync finished."""
    runs = store.collection("sync_runs", kind="sync run")
    interval, days, steps = SYNC_PLANS[seed.provider]
    if seed.provider == "aws" and "bedrock" not in conn["sources"]:
        steps = tuple(s for s in steps if s[0] != "fetch_invocation_logs")
    end = disabled or now
    first = max(conn["_created"], end - timedelta(days=days))
    stagger = timedelta(
        minutes=seed.stagger_minutes if seed.stagger_minutes is not None else rng.randint(0, 20)
    )
    boundary = first.replace(minute=0, second=0, microsecond=0)
    boundary += timedelta(hours=(-boundary.hour) % interval)
    if boundary < first:
        boundary += timedelta(hours=interval)
    issue = seed.issue
    issue_since = now - timedelta(hours=issue.since_hours) if issue else None
    agents_rows = seed.agents * 60 * 8  # per agent: one sample a minute of 8 DCGM fields
    last_complete: datetime | None = None
    while boundary <= end:
        sync_id = random_id(rng, "syn_", alphabet=ALPHABET, taken=store)
        window_end = boundary + stagger  # each sync reads the interval up to its start
        window = {"start": iso(window_end - timedelta(hours=interval)), "end": iso(window_end)}
        weekday = 0.7 if (window_end - timedelta(hours=interval)).weekday() >= 5 else 1.0
        t = boundary + stagger + timedelta(seconds=rng.randint(2, 40))
        fetched = 0
        broken = False
        complete = True
        for name, rate in steps:
            active_issue = issue if issue_since is not None and boundary >= issue_since else None
            error: dict[str, Any] | None = None
            if broken:
                status, rows, finished = "skipped", 0, t
            else:
                if rate is None:
                    rows = fetched
                    seconds = 3 + rows // 2500 + rng.randint(0, 8)
                elif rate == 0 and name == "collect_agent_reports":
                    rows = int(agents_rows * interval * rng.uniform(0.97, 1.0))
                    fetched += rows
                    seconds = 60 + seed.agents * 5 + rng.randint(0, 20)
                elif rate == 0:
                    rows, seconds = 0, rng.randint(1, 3)
                else:
                    rows = int(rate * interval * scale * weekday * rng.uniform(0.85, 1.15))
                    if (
                        active_issue is not None
                        and active_issue.result == "warn"
                        and active_issue.step == name
                    ):
                        rows = int(rows * 0.55)
                    fetched += rows
                    seconds = 5 + rows // 250 + rng.randint(0, 20)
                finished = t + timedelta(seconds=seconds)
                status = "succeeded"
                if active_issue is not None and active_issue.result == "fail" and active_issue.step == name:
                    status, rows, finished = "failed", 0, t + timedelta(seconds=rng.randint(1, 4))
                    error = {
                        "code": active_issue.error_code or "FAILED",
                        "message": active_issue.error_message or active_issue.message,
                        "retryable": False,
                    }
                elif rate and rng.random() < 0.015:
                    status, rows, finished = "failed", 0, t + timedelta(seconds=rng.randint(30, 300))
                    error = {
                        "code": "THROTTLED",
                        "message": f"{name} was throttled by the provider (HTTP 429) after 5 retries; "
                        "the next sync retries it.",
                        "retryable": True,
                    }
            if t > end:
                complete = False
                break
            running = finished > now
            if running:
                elapsed = (now - t).total_seconds() / max((finished - t).total_seconds(), 1)
                rows, status, error = int(rows * elapsed), "running", None
            runs.add(
                {
                    "id": random_id(rng, "stp_", alphabet=ALPHABET, taken=store),
                    "sync_id": sync_id,
                    "connection_id": conn["id"],
                    "step": name,
                    "status": status,
                    "data_window": dict(window),
                    "started_at": iso(t),
                    "finished_at": None if running else iso(finished),
                    "rows_ingested": rows,
                    "error": error,
                    "_t": t.replace(microsecond=0),
                }
            )
            if running:
                complete = False
                break
            if status == "failed":
                broken = True
                complete = False
            t = finished
        if complete:
            last_complete = t
        boundary += timedelta(hours=interval)
    return last_complete


def integration_seeder(reads: Reads, record_audit: Callable[[AuditRecorded], None]) -> Seeder:
    """integration's seeder, checking GPU-agent keys through ``reads`` (identity's credentials) and
    handing the audit history of the connections to ``record_audit`` (identity's subscriber to
    :class:`AuditRecorded`), both from the registry."""

    @seeder("integration")
    def seed_integration(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
        _seed(store, tenant, rng, now, reads, record_audit)

    return seed_integration


def _seed(
    store: TenantStore,
    tenant: Tenant,
    rng: random.Random,
    now: datetime,
    reads: Reads,
    record_audit: Callable[[AuditRecorded], None],
) -> None:
    now = now.astimezone(UTC).replace(microsecond=0)
    connections = store.collection("connections", kind="connection")
    admins = [
        m.user for m in seeded_members(tenant, now) if m.user is not None and m.role in ("owner", "admin")
    ]
    scale = 2.5 if tenant.tier == "enterprise" else 1.0
    for seed in seeds_for(tenant):
        created = (now - timedelta(days=seed.age_days)).replace(
            hour=rng.randint(8, 18), minute=rng.randint(0, 59), second=rng.randint(0, 59)
        )
        rotated = (
            now - timedelta(days=seed.rotated_days_ago, minutes=rng.randint(0, 900))
            if seed.rotated_days_ago is not None
            else None
        )
        disabled = (
            now - timedelta(days=seed.disabled_days_ago, minutes=rng.randint(30, 300))
            if seed.disabled_days_ago is not None
            else None
        )
        conn: Record = {
            "id": seed.ident or random_id(rng, "con_", alphabet=ALPHABET, taken=store),
            "name": seed.name,
            "provider": seed.provider,
            "account_id": seed.account_id,
            "auth": dict(seed.auth),
            "sources": list(SOURCES[seed.provider]),
            "status": "active",
            "status_reason": None,
            "has_secret": seed.auth["method"] != "aws_assume_role",
            "secret_rotated_at": iso(rotated) if rotated else None,
            "last_validated_at": None,
            "last_synced_at": None,
            "created_at": iso(created),
            "updated_at": iso(created),
            "_created": created,
            "_bucket": seed.bucket,
            "_agents": seed.agents,
            "_issue": {"check": seed.issue.check, "result": seed.issue.result, "message": seed.issue.message}
            if seed.issue
            else None,
        }
        connections.add(conn)
        last_synced = _sync_history(store, rng, conn, seed, scale, now, disabled)
        conn["last_synced_at"] = iso(last_synced) if last_synced else None
        if disabled is not None:
            validate(store, conn, disabled - timedelta(hours=rng.randint(2, 30)), reads)
            conn.update(status="disabled", status_reason="Disabled by a user.", updated_at=iso(disabled))
        else:
            # Checks run daily at 05:00 UTC; the status follows the latest run.
            checked = now.replace(hour=5, minute=0, second=rng.randint(1, 9))
            if checked > now:
                checked -= timedelta(days=1)
            validate(store, conn, checked, reads)
            changes = [
                created,
                rotated,
                now - timedelta(hours=seed.issue.since_hours) if seed.issue else None,
            ]
            conn["updated_at"] = iso(max(t for t in changes if t is not None))
        # The audit trail of the connection's life.
        for action, at in (
            ("connection.created", created),
            ("connection.secret_rotated", rotated),
            ("connection.disabled", disabled),
        ):
            if at is not None:
                event_id = random_id(rng, "aud_", alphabet=ALPHABET, taken=store)
                actor = rng.choice(admins)
                request_id = hex_id(rng)
                ip = f"203.0.113.{rng.randint(2, 254)}"
                target = ("connection", conn["id"])
                record_audit(
                    AuditRecorded(store, actor, action, target, at, request_id, ip, event_id=event_id)
                )
