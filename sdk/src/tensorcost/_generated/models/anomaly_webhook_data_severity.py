from typing import Literal

AnomalyWebhookDataSeverity = Literal["critical", "error", "info", "warning"]

ANOMALY_WEBHOOK_DATA_SEVERITY_VALUES: set[AnomalyWebhookDataSeverity] = {
    "critical",
    "error",
    "info",
    "warning",
}


def check_anomaly_webhook_data_severity(value: str) -> AnomalyWebhookDataSeverity:
    if value in ANOMALY_WEBHOOK_DATA_SEVERITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANOMALY_WEBHOOK_DATA_SEVERITY_VALUES!r}"
    )
