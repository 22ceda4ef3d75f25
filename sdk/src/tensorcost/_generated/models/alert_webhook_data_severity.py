from typing import Literal

AlertWebhookDataSeverity = Literal["critical", "error", "info", "warning"]

ALERT_WEBHOOK_DATA_SEVERITY_VALUES: set[AlertWebhookDataSeverity] = {
    "critical",
    "error",
    "info",
    "warning",
}


def check_alert_webhook_data_severity(value: str) -> AlertWebhookDataSeverity:
    if value in ALERT_WEBHOOK_DATA_SEVERITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALERT_WEBHOOK_DATA_SEVERITY_VALUES!r}"
    )
