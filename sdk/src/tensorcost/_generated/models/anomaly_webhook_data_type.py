from typing import Literal

AnomalyWebhookDataType = Literal["cost_spike", "retry_storm", "runaway_loop"]

ANOMALY_WEBHOOK_DATA_TYPE_VALUES: set[AnomalyWebhookDataType] = {
    "cost_spike",
    "retry_storm",
    "runaway_loop",
}


def check_anomaly_webhook_data_type(value: str) -> AnomalyWebhookDataType:
    if value in ANOMALY_WEBHOOK_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANOMALY_WEBHOOK_DATA_TYPE_VALUES!r}"
    )
