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

The ids other services' seeds refer to are in :mod:`tensorcost_mock.domain.refs`.
"""

from __future__ import annotations

from datetime import datetime

from tensorcost_mock.errors import conflict
from tensorcost_mock.events import WebhookRaised
from tensorcost_mock.state import Record, TenantStore, iso

TEST_MESSAGE = "This is a test notification from TensorCost. If you can read it, the channel works."


#: What Slack/Teams (200) and the PagerDuty Events API v2 (202) answer an accepted message with.
SIMULATED_STATUS = {"slack": 200, "teams": 200, "pagerduty": 202, "email": None}


def store_channel(store: TenantStore, record: Record, secret: str | None) -> None:
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
        store.collection("webhook_endpoints", kind="webhook endpoint").add(endpoint_of(record, secret or ""))


def endpoint_of(record: Record, secret: str) -> Record:
    return {
        "id": record["id"],
        "url": record["config"]["url"],
        "secret": secret,
        "event_types": list(record["config"].get("event_types") or []),
    }


SECRET_FIELDS = {
    "slack": "webhook_url",
    "teams": "webhook_url",
    "pagerduty": "routing_key",
    "webhook": "signing_secret",
}


def new_channel(store: TenantStore, body: Record, now: datetime) -> Record:
    """A new channel from the request ``body``, its secret kept write-only; 409 ``DUPLICATE`` for a name in use."""
    channels = store.collection("notification_channels", kind="notification channel")
    existing = next((c for c in channels if c["name"] == body["name"]), None)
    if existing is not None:
        raise conflict(
            "DUPLICATE", f"A notification channel named {body['name']!r} exists already ({existing['id']})"
        )
    config = dict(body["config"])
    secret_field = SECRET_FIELDS.get(config["type"])
    secret = str(config.pop(secret_field)) if secret_field else None
    if config["type"] == "webhook":
        config["event_types"] = list(config.get("event_types") or [])
    at = iso(now)
    record = {
        "id": store.new_id("chn_"),
        "name": body["name"],
        "description": body.get("description"),
        "enabled": bool(body.get("enabled", True)),
        "config": config,
        "created_at": at,
        "updated_at": at,
        "last_delivery_at": None,
    }
    store_channel(store, record, secret)
    return channels.add(record)


def has_channel(store: TenantStore, channel_id: str) -> bool:
    """Whether ``channel_id`` is one of the tenant's notification channels (what other services check)."""
    channels = store.collections.get("notification_channels")
    return channels is not None and channel_id in channels


def webhook_targets(store: TenantStore, event_type: str) -> list[Record]:
    """The tenant's enabled webhook endpoints that subscribe to ``event_type`` (all, if they name none)."""
    return [
        e
        for e in store.collection("webhook_endpoints")
        if not e.get("event_types") or event_type in e["event_types"]
    ]


def deliver_webhook(raised: WebhookRaised) -> None:
    """The subscriber that sends a raised webhook event to every endpoint subscribed to its type."""
    for endpoint in webhook_targets(raised.store, raised.type):
        raised.deliver(endpoint)
