from typing import Literal

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

WEBHOOK_EVENT_TYPE_VALUES: set[WebhookEventType] = {
    "alert.resolved",
    "alert.triggered",
    "anomaly.detected",
    "budget.threshold_crossed",
    "enforcement.action_queued",
    "integration.sync_failed",
    "notification.test",
    "recommendation.created",
}


def check_webhook_event_type(value: str) -> WebhookEventType:
    if value in WEBHOOK_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVENT_TYPE_VALUES!r}"
    )
