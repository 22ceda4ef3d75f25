from typing import Literal

AlertWebhookDataStatus = Literal["acknowledged", "ignored", "resolved", "triggered"]

ALERT_WEBHOOK_DATA_STATUS_VALUES: set[AlertWebhookDataStatus] = {
    "acknowledged",
    "ignored",
    "resolved",
    "triggered",
}


def check_alert_webhook_data_status(value: str) -> AlertWebhookDataStatus:
    if value in ALERT_WEBHOOK_DATA_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALERT_WEBHOOK_DATA_STATUS_VALUES!r}"
    )
