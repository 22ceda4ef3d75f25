"""notification: channels (Slack, PagerDuty, Teams, email, webhook) with write-only secrets, and tests.

Collections:

- ``notification_channels``: records shaped like the spec's ``NotificationChannel``; secrets appear
  only as their last four characters.
- ``notification_secrets``: ``{id: <channel id>, secret}``, the write-only value (Slack/Teams
  webhook URL, PagerDuty routing key, webhook signing secret). Never returned.
- ``webhook_endpoints``: ``{id: <channel id>, url, secret, event_types}`` for every *enabled* webhook
  channel, so that ``ctx.emit`` delivers the catalog's events to it (see ``webhooks.py``).

``notification_test_channel`` really POSTs a signed ``notification.test`` event to a webhook channel
and reports the receiver's answer. The mock only calls loopback addresses on ports allowed with
``--allow-webhook-port`` (never itself, ``/_mock`` or a metadata address), over plain HTTP (see
``webhooks.py``: a channel URL ``https://127.0.0.1:<port>/...`` is called as ``http://...``, since
the spec requires ``https://`` in the channel config and the mock speaks no TLS). Any other target is
refused without a connection (``delivered: false``), and a failure is reported in generic words. Slack, Teams and PagerDuty cannot be reached from
the mock: their test answers the provider's documented acceptance (200, 200, 202) without a network
call, and email reports ``status_code: null`` as the spec says.

``stable_id``/``ref_id`` give the ids that other services' seeds refer to (alert rules and
escalation policies name channels), so that every reference resolves whatever order the seeders run
in. Acme reuses the spec examples' ids, so the spec's own example requests work against the mock.
"""

from __future__ import annotations

import random
import string
import time
from datetime import datetime, timedelta
from typing import Any

from tensorcost_mock.errors import conflict
from tensorcost_mock.fixtures import ACME, WORLD, Tenant, seeder
from tensorcost_mock.handlers import HandlerContext, Reply, handler
from tensorcost_mock.state import Record, TenantStore, iso
from tensorcost_mock.world import derived_id

_B62 = string.ascii_letters + string.digits

#: Ids the spec's examples use, given to Acme's seeded records so that the examples resolve.
ACME_IDS = {
    "escalation:finops": "esc_6Jd3Hs8Fk2Wm",
    "rule:idle_h100": "rul_9Kc4Vb2Nm7Qs",
    "rule:search_daily": "rul_5Tn2Wq8Kp3Lx",
    "alert:search_daily_open": "alr_8fKq2Lm9Xp4R",
    "incident:search_daily_open": "inc_2Vb7Nc4Xz9Qp",
    "policy:idle_ml": "pol_3mRt8Kx2Qw7N",
    "policy:route_support": "pol_7Yc2Hv5Bn8Md",
    "action:idle_ml_pending": "act_9Xp4Rt2LmQ8k",
}


def stable_id(prefix: str, *parts: str, length: int = 14) -> str:
    """A deterministic id like ``chn_Xq3...`` derived from ``parts`` (the world's id scheme)."""
    return derived_id(prefix, *parts, length=length)


def ref_id(tenant: Tenant, prefix: str, kind: str, key: str) -> str:
    """The id of a seeded record that another service refers to (Acme: the spec example's id; a
    channel: the id the world gives it in that tenant)."""
    if kind == "channel" and key in CHANNELS:
        return WORLD.channel_id(tenant.id, key)
    fixed = ACME_IDS.get(f"{kind}:{key}") if tenant.id == ACME.id else None
    return fixed or stable_id(prefix, tenant.id, kind, key)


def domain_of(tenant: Tenant) -> str:
    return f"{tenant.slug}.com"


# -- seed -------------------------------------------------------------------------------------------

#: The channels every tenant has (``world/channels.toml``), by key.
CHANNELS = {channel.key: channel for channel in WORLD.channels}
CHANNEL_NAMES = {key: channel.name for key, channel in CHANNELS.items()}

TEST_MESSAGE = "This is a test notification from TensorCost. If you can read it, the channel works."
#: What Slack/Teams (200) and the PagerDuty Events API v2 (202) answer an accepted message with.
SIMULATED_STATUS = {"slack": 200, "teams": 200, "pagerduty": 202, "email": None}


def _token(rng: random.Random, n: int, alphabet: str = _B62) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _fill(value: Any, domain: str) -> Any:
    if isinstance(value, str):
        return value.replace("{domain}", domain)
    if isinstance(value, list):
        return [_fill(v, domain) for v in value]
    return value


def _seed_secret(kind: str, rng: random.Random, tenant: Tenant) -> str:
    if kind == "slack":
        return f"https://hooks.slack.com/services/T0{_token(rng, 8).upper()}/B0{_token(rng, 8).upper()}/{_token(rng, 24)}"
    if kind == "teams":
        return f"https://{tenant.slug.replace('-', '')}.webhook.office.com/webhookb2/{_token(rng, 36)}"
    if kind == "pagerduty":
        return _token(rng, 32, string.ascii_lowercase + string.digits)
    return "whsec_" + _token(rng, 32)


@seeder("notification")
def seed_notification(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
    channels = store.collection("notification_channels", kind="notification channel")
    domain = domain_of(tenant)
    for channel in WORLD.channels:
        key, kind, name, description = channel.key, channel.type, channel.name, channel.description
        enabled, age_days, config = channel.enabled, channel.age_days, channel.config
        created = now - timedelta(days=age_days, hours=rng.randint(1, 9), minutes=rng.randint(0, 59))
        updated = created + timedelta(days=rng.choice([0, 0, 3, 41]))
        public: dict[str, Any] = {"type": kind, **{k: _fill(v, domain) for k, v in config.items()}}
        secret = None if kind == "email" else _seed_secret(kind, rng, tenant)
        last_delivery = None
        if enabled:
            last_delivery = iso(now - timedelta(hours=rng.randint(2, 120), minutes=rng.randint(0, 59)))
        record = {
            "id": ref_id(tenant, "chn_", "channel", key),
            "name": name,
            "description": description,
            "enabled": enabled,
            "config": public,
            "created_at": iso(created),
            "updated_at": iso(min(updated, now)),
            "last_delivery_at": last_delivery,
        }
        _store_channel(store, record, secret)
        channels.add(record)


def _store_channel(store: TenantStore, record: Record, secret: str | None) -> None:
    """Keep the secret apart, show its last four characters, and register a webhook endpoint."""
    config = record["config"]
    if secret is not None:
        store.collection("notification_secrets", kind="channel secret").add(
            {"id": record["id"], "secret": secret}
        )
        last4 = {"webhook": "signing_secret_last4", "pagerduty": "routing_key_last4"}.get(
            config["type"], "webhook_url_last4"
        )
        config[last4] = secret[-4:]
    if config["type"] == "webhook" and record["enabled"]:
        store.collection("webhook_endpoints", kind="webhook endpoint").add(_endpoint(record, secret or ""))


def _endpoint(record: Record, secret: str) -> Record:
    return {
        "id": record["id"],
        "url": record["config"]["url"],
        "secret": secret,
        "event_types": list(record["config"].get("event_types") or []),
    }


# -- handlers ---------------------------------------------------------------------------------------


@handler("notification_list_channels")
def list_channels(ctx: HandlerContext) -> Reply:
    kind = ctx.query.get("type")
    channels = ctx.store.collection("notification_channels").filter(
        (lambda r: r["config"]["type"] == kind) if kind else None
    )
    channels.sort(key=lambda r: (r["created_at"], r["id"]))
    return ctx.ok(channels)


_SECRET_FIELDS = {
    "slack": "webhook_url",
    "teams": "webhook_url",
    "pagerduty": "routing_key",
    "webhook": "signing_secret",
}


@handler("notification_create_channel")
def create_channel(ctx: HandlerContext) -> Reply:
    body = ctx.body
    channels = ctx.store.collection("notification_channels", kind="notification channel")
    existing = next((c for c in channels if c["name"] == body["name"]), None)
    if existing is not None:
        raise conflict(
            "DUPLICATE", f"A notification channel named {body['name']!r} exists already ({existing['id']})"
        )
    config = dict(body["config"])
    secret_field = _SECRET_FIELDS.get(config["type"])
    secret = str(config.pop(secret_field)) if secret_field else None
    if config["type"] == "webhook":
        config["event_types"] = list(config.get("event_types") or [])
    now = iso(ctx.now)
    record = {
        "id": ctx.store.new_id("chn_"),
        "name": body["name"],
        "description": body.get("description"),
        "enabled": bool(body.get("enabled", True)),
        "config": config,
        "created_at": now,
        "updated_at": now,
        "last_delivery_at": None,
    }
    _store_channel(ctx.store, record, secret)
    return ctx.created(channels.add(record))


@handler("notification_test_channel")
async def test_channel(ctx: HandlerContext) -> Reply:
    store = ctx.store
    channel = store.collection("notification_channels", kind="notification channel").require(ctx.path["id"])
    requested_by = ctx.principal.user.email if ctx.principal else "system@tensorcost.com"
    data = {
        "channel_id": channel["id"],
        "channel_name": channel["name"],
        "message": TEST_MESSAGE,
        "requested_by": requested_by,
    }
    webhooks = ctx.runtime.webhooks
    event = webhooks.event(store, "notification.test", data)
    kind = channel["config"]["type"]
    status: int | None
    error: str | None = None
    latency_ms = 0
    if kind == "webhook":
        # notification.test is delivered whatever the channel's event_types, and also when it is disabled.
        secret = store.collection("notification_secrets").require(channel["id"])["secret"]
        started = time.perf_counter()
        delivery = await webhooks.deliver(_endpoint(channel, secret), event)
        latency_ms = round((time.perf_counter() - started) * 1000)
        status = delivery.status
        delivered = status is not None and 200 <= status < 300
        if not delivered:
            error = delivery.error or f"the receiver answered HTTP {status}"
    else:
        status, delivered = SIMULATED_STATUS[kind], True
    if delivered:
        channel["last_delivery_at"] = iso(ctx.now)
    return ctx.ok(
        {
            "channel_id": channel["id"],
            "event_id": event["id"],
            "delivered": delivered,
            "status_code": status,
            "latency_ms": latency_ms,
            "error": error,
            "tested_at": iso(ctx.now),
        }
    )
