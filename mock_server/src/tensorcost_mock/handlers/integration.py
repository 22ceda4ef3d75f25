"""integration: connections to cloud accounts, inference providers and GPU-agent clusters.

Collection ``connections``: the tenant's connections of the world (``world/connections.toml``),
as the spec's ``Connection`` (auth is the non-secret summary; a secret sent at creation or
rotation is kept only as the private ``_secret_sha256``) plus private
``_issue`` (the health problem its checks find: ``{check, result, message}`` or None),
``_bucket`` (where an AWS cost export lives) and ``_agents`` (agents in a GPU cluster).

Collection ``sync_runs``: the spec's ``SyncRun``, one record per step of each sync, stored
oldest first per connection, plus the private ``_t`` (``started_at`` as a datetime). In each
sync the derived steps (``normalize_*``, ``load``) ingest exactly the rows its fetch steps read.

A new connection is ``pending``; its first validation "runs in the background": it is applied
when the connection is next read at least ``FIRST_VALIDATION_SECONDS`` after its creation (on
the mock's clock), or at once by ``integration_validate_connection``.
"""

from __future__ import annotations

import hashlib
import json
import random
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tensorcost_mock.errors import ApiError, conflict, validation_error
from tensorcost_mock.fixtures import WORLD, Tenant, seeder
from tensorcost_mock.handlers import HandlerContext, Reply, handler
from tensorcost_mock.handlers.identity import (
    agent_key_id,
    append_audit,
    audit,
    hex_id,
    in_window,
    public,
    seed_id,
    seeded_members,
    user_actor,
    within,
)
from tensorcost_mock.state import Record, TenantStore, iso, paginate
from tensorcost_mock.world import CONNECTION_METHODS

FIRST_VALIDATION_SECONDS = 30
#: The auth method each provider takes (the world's table).
METHOD_OF = CONNECTION_METHODS
#: A managed-inference service is checked like the cloud account it lives in.
CLOUD_OF = {"bedrock": "aws", "azure_openai": "azure"}
#: Methods whose credential the service can mint itself on rotation.
SELF_MINTED = {"azure_service_principal", "gcp_service_account", "agent_credential"}
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
PROVIDER_NAMES = {"openai": "OpenAI", "anthropic": "Anthropic"}
RANK = {"pass": 0, "warn": 1, "fail": 2}
STATUS_OF = {"pass": "active", "warn": "degraded", "fail": "failed"}


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


# -- health checks --------------------------------------------------------------------------------


def _check_list(store: TenantStore, conn: Record, now: datetime) -> list[tuple[str, str, str]]:
    """(name, result, message) of the provider's checks, before the connection's own issue."""
    auth, acct, provider = conn["auth"], conn["account_id"], conn["provider"]
    provider = CLOUD_OF.get(provider, provider)
    sources = conn["sources"]
    if provider == "aws":
        where = f"s3://{conn['_bucket']}/focus/" if conn.get("_bucket") else "the bucket the role can read"
        out = [
            ("sts_assume_role", "pass", f"Assumed {auth['role_arn']} with the expected external ID."),
            ("cost_export_readable", "pass", f"Read the FOCUS 1.0 Data Export in {where}."),
        ]
        if "bedrock" in sources:
            out.append(
                (
                    "invocation_logging_enabled",
                    "pass",
                    "Bedrock model invocation logging is on in every region with Bedrock traffic.",
                )
            )
        return out
    if provider == "azure":
        out = [
            (
                "service_principal_login",
                "pass",
                f"Signed in to Entra ID tenant {auth['tenant_id']} as client {auth['client_id']}.",
            ),
            (
                "cost_export_readable",
                "pass",
                f"Read the Cost Management FOCUS export of subscription {acct}.",
            ),
        ]
        if "azure_openai" in sources:
            out.append(
                (
                    "diagnostic_logging_enabled",
                    "pass",
                    "Every Azure OpenAI resource sends RequestResponse diagnostic logs.",
                )
            )
        return out
    if provider == "gcp":
        return [
            ("service_account_login", "pass", f"Authenticated as {auth['service_account_email']}."),
            (
                "billing_export_readable",
                "pass",
                f"Read the BigQuery billing export of billing account {acct}.",
            ),
        ]
    if provider in ("openai", "anthropic"):
        name = PROVIDER_NAMES[provider]
        return [
            ("admin_key_valid", "pass", f"The admin API key authenticates for organisation {acct}."),
            ("usage_api_readable", "pass", f"Read the last 24 hours from the {name} Usage API."),
            ("cost_api_readable", "pass", f"Read the last 24 hours from the {name} Cost API."),
        ]
    key_id = auth["key_id"]
    key = store.collection("agent_credentials").get(key_id)
    if key is None:
        key_check = (
            "agent_credential_active",
            "fail",
            f"Agent credential {key_id} does not exist in this tenant.",
        )
    elif key["status"] == "revoked":
        key_check = (
            "agent_credential_active",
            "fail",
            f"Agent credential {key_id} was revoked at {key['revoked_at']}; agents signing with it are refused. "
            "Rotate this connection's secret to mint a new key.",
        )
    elif key["expires_at"] is not None and key["expires_at"] <= iso(now):
        key_check = (
            "agent_credential_active",
            "fail",
            f"Agent credential {key_id} expired at {key['expires_at']}.",
        )
    else:
        key_check = ("agent_credential_active", "pass", f"Agent credential {key_id} is active.")
    agents = conn.get("_agents") or 0
    heartbeat = (
        ("agent_heartbeat", "pass", f"{agents} agents reported within the last 5 minutes.")
        if agents
        else (
            "agent_heartbeat",
            "warn",
            "No agent has reported yet; install the agent with this key on the cluster.",
        )
    )
    return [key_check, heartbeat]


def run_checks(store: TenantStore, conn: Record, now: datetime) -> list[dict[str, str]]:
    issue = conn.get("_issue")
    checks: list[dict[str, str]] = []
    failed: str | None = None
    for name, result, message in _check_list(store, conn, now):
        if failed is not None:
            result, message = "fail", f"Not checked: {failed} failed."
        elif issue is not None and issue["check"] == name:
            result, message = issue["result"], issue["message"]
        if result == "fail" and failed is None:
            failed = name
        checks.append({"name": name, "result": result, "message": message})
    return checks


def validate(store: TenantStore, conn: Record, at: datetime) -> dict[str, Any]:
    """Run the checks at ``at`` and update the connection's status from the worst result."""
    checks = run_checks(store, conn, at)
    worst = max((c["result"] for c in checks), key=RANK.__getitem__, default="pass")
    status = STATUS_OF[worst]
    reason = next((c["message"] for c in checks if c["result"] == worst), None) if worst != "pass" else None
    if (conn["status"], conn["status_reason"]) != (status, reason):
        conn.update(status=status, status_reason=reason, updated_at=iso(at))
    conn["last_validated_at"] = iso(at)
    return {
        "connection_id": conn["id"],
        "status": worst,
        "connection_status": status,
        "validated_at": iso(at),
        "checks": checks,
    }


def settle(store: TenantStore, conn: Record, now: datetime) -> Record:
    """Apply the background first validation of a pending connection once it is due."""
    if conn["status"] == "pending":
        due = conn["_created"] + timedelta(seconds=FIRST_VALIDATION_SECONDS)
        if now >= due:
            validate(store, conn, due)
    return conn


# -- seed -----------------------------------------------------------------------------------------


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
        sync_id = seed_id(store, rng, "syn_")
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
                    "id": seed_id(store, rng, "stp_"),
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


@seeder("integration")
def seed_integration(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
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
            "id": seed.ident or seed_id(store, rng, "con_"),
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
            validate(store, conn, disabled - timedelta(hours=rng.randint(2, 30)))
            conn.update(status="disabled", status_reason="Disabled by a user.", updated_at=iso(disabled))
        else:
            # Checks run daily at 05:00 UTC; the status follows the latest run.
            checked = now.replace(hour=5, minute=0, second=rng.randint(1, 9))
            if checked > now:
                checked -= timedelta(days=1)
            validate(store, conn, checked)
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
                append_audit(
                    store,
                    event_id=seed_id(store, rng, "aud_"),
                    actor=user_actor(tenant.id, rng.choice(admins)),
                    action=action,
                    target=("connection", conn["id"]),
                    at=at,
                    request_id=hex_id(rng),
                    ip=f"203.0.113.{rng.randint(2, 254)}",
                )


# -- handlers -------------------------------------------------------------------------------------


def _connection(ctx: HandlerContext) -> Record:
    conn = ctx.store.collection("connections", kind="connection").require(ctx.path["id"])
    return settle(ctx.store, conn, ctx.now)


def _bad(field: str, message: str) -> ApiError:
    return validation_error([{"location": "body", "field": field, "message": message}])


def _service_account_email(key_json: str, field: str) -> str:
    try:
        key = json.loads(key_json)
    except ValueError:
        key = None
    email = key.get("client_email") if isinstance(key, dict) else None
    if not isinstance(email, str) or "@" not in email:
        raise _bad(field, "must be a service-account key file: a JSON object with client_email")
    return email


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@handler("integration_list_connections")
def list_connections(ctx: HandlerContext) -> Reply:
    conns = ctx.store.collection("connections", kind="connection")
    for conn in conns:
        settle(ctx.store, conn, ctx.now)
    items = conns.filter(provider=ctx.query.get("provider"), status=ctx.query.get("status"))
    items.sort(key=lambda c: c["_created"], reverse=True)
    return ctx.ok([public(c) for c in items])


@handler("integration_create_connection")
def create_connection(ctx: HandlerContext) -> Reply:
    body = ctx.body
    provider, auth = body["provider"], body["auth"]
    method = auth["method"]
    if METHOD_OF[provider] != method:
        raise _bad("auth.method", f"must be {METHOD_OF[provider]} for provider {provider}, not {method}")
    summary: dict[str, Any] = {"method": method}
    secret: str | None = None
    if method == "aws_assume_role":
        summary.update(role_arn=auth["role_arn"], external_id=auth["external_id"])
    elif method == "azure_service_principal":
        summary.update(tenant_id=auth["tenant_id"], client_id=auth["client_id"])
        secret = auth["client_secret"]
    elif method == "gcp_service_account":
        secret = auth["service_account_json"]
        summary["service_account_email"] = _service_account_email(secret, "auth.service_account_json")
    elif method == "api_key":
        secret = auth["api_key"]
    else:
        # An unknown or revoked key is accepted; the first validation then fails on it.
        summary["key_id"] = auth["key_id"]
    conns = ctx.store.collection("connections", kind="connection")
    account = body["account_id"]
    duplicate = conns.filter(lambda c: c["account_id"].lower() == account.lower(), provider=provider)
    if duplicate:
        raise conflict(
            "DUPLICATE", f"Connection {duplicate[0]['id']} already connects {provider} account {account}"
        )
    now = ctx.now.replace(microsecond=0)
    conn = conns.add(
        {
            "id": ctx.store.new_id("con_"),
            "name": body["name"],
            "provider": provider,
            "account_id": account,
            "auth": summary,
            "sources": list(body["sources"]),
            "status": "pending",
            "status_reason": None,
            "has_secret": method != "aws_assume_role",
            "secret_rotated_at": None,
            "last_validated_at": None,
            "last_synced_at": None,
            "created_at": iso(now),
            "updated_at": iso(now),
            "_created": now,
            "_bucket": None,
            "_agents": 0,
            "_issue": None,
            "_secret_sha256": _digest(secret) if secret is not None else None,
        }
    )
    audit(ctx, "connection.created", "connection", conn["id"])
    return ctx.created(public(conn))


@handler("integration_validate_connection")
def validate_connection(ctx: HandlerContext) -> Reply:
    conn = _connection(ctx)
    if conn["status"] == "disabled":
        raise conflict(
            "INVALID_STATE_TRANSITION",
            f"Connection {conn['id']} is disabled; it is neither validated nor synced",
        )
    result = validate(ctx.store, conn, ctx.now.replace(microsecond=0))
    audit(ctx, "connection.validated", "connection", conn["id"])
    return ctx.ok(result)


@handler("integration_list_sync_history")
def list_sync_history(ctx: HandlerContext) -> Reply:
    conn = _connection(ctx)
    window = in_window(ctx)
    q = ctx.query
    runs = ctx.store.collection("sync_runs", kind="sync run").filter(
        lambda r: within(r["_t"], window),
        connection_id=conn["id"],
        status=q.get("status"),
        step=q.get("step"),
    )
    runs.reverse()  # stored oldest first
    page, next_cursor = paginate(runs, int(q.get("limit", 100)), q.get("cursor"))
    return ctx.ok([public(r) for r in page], next_cursor=next_cursor)


def _mint_agent_key(ctx: HandlerContext, conn: Record, secret: str | None) -> str:
    """Replace a GPU-agent connection's key: revoke the old credential and mint one like it,
    signing with ``secret`` when the caller chose it (else with one the service draws)."""
    creds = ctx.store.collection("agent_credentials", kind="agent credential")
    old = creds.get(conn["auth"]["key_id"])
    now = iso(ctx.now)
    if old is not None and old["status"] == "active":
        old.update(status="revoked", revoked_at=now)
        audit(ctx, "agent_credential.revoked", "agent_credential", old["key_id"])
    key_id = ctx.store.new_id("key_")
    creds.add(
        {
            "key_id": key_id,
            "id": key_id,
            "name": old["name"] if old else f"{conn['name']} agents",
            "algorithm": "HMAC-SHA256",
            "scopes": list(old["scopes"]) if old else ["gpu:write"],
            "status": "active",
            "created_at": now,
            "expires_at": None,
            "last_used_at": None,
            "revoked_at": None,
            "_secret_sha256": _digest(secret if secret is not None else secrets.token_urlsafe(33)),
        }
    )
    audit(ctx, "agent_credential.created", "agent_credential", key_id)
    return key_id


@handler("integration_rotate_secret")
def rotate_secret(ctx: HandlerContext) -> Reply:
    conn = _connection(ctx)
    method = conn["auth"]["method"]
    if conn["status"] == "disabled":
        raise conflict(
            "INVALID_STATE_TRANSITION", f"Connection {conn['id']} is disabled; enable it to rotate"
        )
    if method == "aws_assume_role":
        raise conflict(
            "INVALID_STATE_TRANSITION",
            f"Connection {conn['id']} assumes an IAM role and stores no secret; nothing to rotate",
        )
    secret = ctx.body["secret"] if ctx.body else None
    if secret is None and method not in SELF_MINTED:
        raise _bad("secret", f"is required: a {method} connection cannot mint its own secret")
    if method == "gcp_service_account" and secret is not None:
        conn["auth"]["service_account_email"] = _service_account_email(secret, "secret")
    if method == "agent_credential":
        conn["auth"]["key_id"] = _mint_agent_key(ctx, conn, secret)
    now = ctx.now.replace(microsecond=0)
    conn.update(
        has_secret=True,
        secret_rotated_at=iso(now),
        updated_at=iso(now),
        _secret_sha256=_digest(secret if secret is not None else secrets.token_urlsafe(32)),
    )
    if conn["status"] != "pending":  # the new secret is checked at once (a pending one is checked soon)
        validate(ctx.store, conn, now)
    audit(ctx, "connection.secret_rotated", "connection", conn["id"])
    return ctx.ok(public(conn))
