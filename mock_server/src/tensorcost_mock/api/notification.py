"""notification's handlers: list and create channels, and test one (a webhook channel gets a real,
signed ``notification.test`` delivery)."""

from __future__ import annotations

import time

from tensorcost_mock.api.context import HandlerContext, Reply, handler
from tensorcost_mock.domain.notification import (
    SIMULATED_STATUS,
    TEST_MESSAGE,
    endpoint_of,
    new_channel,
)
from tensorcost_mock.state import iso


@handler("notification_list_channels")
def list_channels(ctx: HandlerContext) -> Reply:
    kind = ctx.query.get("type")
    channels = ctx.store.collection("notification_channels").filter(
        (lambda r: r["config"]["type"] == kind) if kind else None
    )
    channels.sort(key=lambda r: (r["created_at"], r["id"]))
    return ctx.ok(channels)


@handler("notification_create_channel")
def create_channel(ctx: HandlerContext) -> Reply:
    return ctx.created(new_channel(ctx.store, ctx.body, ctx.now))


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
        delivery = await webhooks.deliver(endpoint_of(channel, secret), event)
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
