from typing import Literal

from ..types import not_one_of

WebhookEventType = Literal[
    "alert.resolved",
    "alert.triggered",
    "anomaly.detected",
    "budget.threshold_crossed",
    "enforcement.action_queued",
    "integration.sync_failed",
    "notification.test",
    "recommendation.created",
]

WEBHOOK_EVENT_TYPE_VALUES: frozenset[WebhookEventType] = frozenset(
    {
        "alert.resolved",
        "alert.triggered",
        "anomaly.detected",
        "budget.threshold_crossed",
        "enforcement.action_queued",
        "integration.sync_failed",
        "notification.test",
        "recommendation.created",
    }
)


def check_webhook_event_type(value: object) -> WebhookEventType:
    if value in WEBHOOK_EVENT_TYPE_VALUES:
        return value
    raise not_one_of(value, WEBHOOK_EVENT_TYPE_VALUES)


def check_webhook_event_type_or_none(value: object) -> WebhookEventType | None:
    if value is None or value in WEBHOOK_EVENT_TYPE_VALUES:
        return value
    raise not_one_of(value, WEBHOOK_EVENT_TYPE_VALUES)
