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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tensorcost_mock.errors import ApiError, conflict, validation_error
from tensorcost_mock.state import Record, TenantStore, iso
from tensorcost_mock.world import CONNECTION_METHODS

FIRST_VALIDATION_SECONDS = 30


@dataclass(frozen=True)
class Reads:
    """What integration reads of other services (plain functions the registry hands in)."""

    #: identity: the agent credential of a key id (``status``, ``expires_at``, ``revoked_at``, ...), or None.
    credential: Callable[[TenantStore, str], Record | None]


#: The auth method each provider takes (the world's table).
METHOD_OF = CONNECTION_METHODS


#: A managed-inference service is checked like the cloud account it lives in.
CLOUD_OF = {"bedrock": "aws", "azure_openai": "azure"}


#: Methods whose credential the service can mint itself on rotation.
SELF_MINTED = {"azure_service_principal", "gcp_service_account", "agent_credential"}


PROVIDER_NAMES = {"openai": "OpenAI", "anthropic": "Anthropic"}


RANK = {"pass": 0, "warn": 1, "fail": 2}


STATUS_OF = {"pass": "active", "warn": "degraded", "fail": "failed"}


def _check_list(store: TenantStore, conn: Record, now: datetime, reads: Reads) -> list[tuple[str, str, str]]:
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
    key = reads.credential(store, key_id)
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


def run_checks(store: TenantStore, conn: Record, now: datetime, reads: Reads) -> list[dict[str, str]]:
    issue = conn.get("_issue")
    checks: list[dict[str, str]] = []
    failed: str | None = None
    for name, result, message in _check_list(store, conn, now, reads):
        if failed is not None:
            result, message = "fail", f"Not checked: {failed} failed."
        elif issue is not None and issue["check"] == name:
            result, message = issue["result"], issue["message"]
        if result == "fail" and failed is None:
            failed = name
        checks.append({"name": name, "result": result, "message": message})
    return checks


def validate(store: TenantStore, conn: Record, at: datetime, reads: Reads) -> dict[str, Any]:
    """Run the checks at ``at`` and update the connection's status from the worst result."""
    checks = run_checks(store, conn, at, reads)
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


def settle(store: TenantStore, conn: Record, now: datetime, reads: Reads) -> Record:
    """Apply the background first validation of a pending connection once it is due."""
    if conn["status"] == "pending":
        due = conn["_created"] + timedelta(seconds=FIRST_VALIDATION_SECONDS)
        if now >= due:
            validate(store, conn, due, reads)
    return conn


def bad_field(field: str, message: str) -> ApiError:
    return validation_error([{"location": "body", "field": field, "message": message}])


def service_account_email(key_json: str, field: str) -> str:
    try:
        key = json.loads(key_json)
    except ValueError:
        key = None
    email = key.get("client_email") if isinstance(key, dict) else None
    if not isinstance(email, str) or "@" not in email:
        raise bad_field(field, "must be a service-account key file: a JSON object with client_email")
    return email


def digest_of(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_connection(store: TenantStore, body: Record, now: datetime) -> Record:
    """A new ``pending`` connection from the request ``body`` (its secret kept only as a SHA-256); 400
    for an auth method the provider does not use, 409 ``DUPLICATE`` for an account already connected."""
    provider, auth = body["provider"], body["auth"]
    method = auth["method"]
    if METHOD_OF[provider] != method:
        raise bad_field("auth.method", f"must be {METHOD_OF[provider]} for provider {provider}, not {method}")
    summary: dict[str, Any] = {"method": method}
    secret: str | None = None
    if method == "aws_assume_role":
        summary.update(role_arn=auth["role_arn"], external_id=auth["external_id"])
    elif method == "azure_service_principal":
        summary.update(tenant_id=auth["tenant_id"], client_id=auth["client_id"])
        secret = auth["client_secret"]
    elif method == "gcp_service_account":
        secret = auth["service_account_json"]
        summary["service_account_email"] = service_account_email(secret, "auth.service_account_json")
    elif method == "api_key":
        secret = auth["api_key"]
    else:
        # An unknown or revoked key is accepted; the first validation then fails on it.
        summary["key_id"] = auth["key_id"]
    conns = store.collection("connections", kind="connection")
    account = body["account_id"]
    duplicate = conns.filter(lambda c: c["account_id"].lower() == account.lower(), provider=provider)
    if duplicate:
        raise conflict(
            "DUPLICATE", f"Connection {duplicate[0]['id']} already connects {provider} account {account}"
        )
    now = now.replace(microsecond=0)
    return conns.add(
        {
            "id": store.new_id("con_"),
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
            "_secret_sha256": digest_of(secret) if secret is not None else None,
        }
    )
