from typing import Literal

from ..types import not_one_of

AnomalyWebhookDataType = Literal["cost_spike", "retry_storm", "runaway_loop"]

ANOMALY_WEBHOOK_DATA_TYPE_VALUES: frozenset[AnomalyWebhookDataType] = frozenset(
    {
        "cost_spike",
        "retry_storm",
        "runaway_loop",
    }
)


def check_anomaly_webhook_data_type(value: object) -> AnomalyWebhookDataType:
    if value in ANOMALY_WEBHOOK_DATA_TYPE_VALUES:
        return value
    raise not_one_of(value, ANOMALY_WEBHOOK_DATA_TYPE_VALUES)


def check_anomaly_webhook_data_type_or_none(
    value: object,
) -> AnomalyWebhookDataType | None:
    if value is None or value in ANOMALY_WEBHOOK_DATA_TYPE_VALUES:
        return value
    raise not_one_of(value, ANOMALY_WEBHOOK_DATA_TYPE_VALUES)
