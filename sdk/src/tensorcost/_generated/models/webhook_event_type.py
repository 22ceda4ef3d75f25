from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
WebhookEventType = (
    Literal[
        "alert.resolved",
        "alert.triggered",
        "anomaly.detected",
        "budget.threshold_crossed",
        "enforcement.action_queued",
        "integration.sync_failed",
        "notification.test",
        "recommendation.created",
    ]
    | UnknownEnumValue
)

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


def check_webhook_event_type(value: object, field: str = "WebhookEventType") -> WebhookEventType:
    if value in WEBHOOK_EVENT_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, WEBHOOK_EVENT_TYPE_VALUES)


def check_webhook_event_type_or_none(
    value: object, field: str = "WebhookEventType"
) -> WebhookEventType | None:
    if value is None or value in WEBHOOK_EVENT_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, WEBHOOK_EVENT_TYPE_VALUES)
