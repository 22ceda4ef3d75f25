from typing import Literal

from ..types import not_one_of

AlertWebhookDataStatus = Literal["acknowledged", "ignored", "resolved", "triggered"]

ALERT_WEBHOOK_DATA_STATUS_VALUES: frozenset[AlertWebhookDataStatus] = frozenset(
    {
        "acknowledged",
        "ignored",
        "resolved",
        "triggered",
    }
)


def check_alert_webhook_data_status(value: object) -> AlertWebhookDataStatus:
    if value in ALERT_WEBHOOK_DATA_STATUS_VALUES:
        return value
    raise not_one_of(value, ALERT_WEBHOOK_DATA_STATUS_VALUES)


def check_alert_webhook_data_status_or_none(
    value: object,
) -> AlertWebhookDataStatus | None:
    if value is None or value in ALERT_WEBHOOK_DATA_STATUS_VALUES:
        return value
    raise not_one_of(value, ALERT_WEBHOOK_DATA_STATUS_VALUES)
