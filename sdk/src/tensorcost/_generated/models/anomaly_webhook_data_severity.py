from typing import Literal

from ..types import not_one_of

AnomalyWebhookDataSeverity = Literal["critical", "error", "info", "warning"]

ANOMALY_WEBHOOK_DATA_SEVERITY_VALUES: frozenset[AnomalyWebhookDataSeverity] = frozenset(
    {
        "critical",
        "error",
        "info",
        "warning",
    }
)


def check_anomaly_webhook_data_severity(value: object) -> AnomalyWebhookDataSeverity:
    if value in ANOMALY_WEBHOOK_DATA_SEVERITY_VALUES:
        return value
    raise not_one_of(value, ANOMALY_WEBHOOK_DATA_SEVERITY_VALUES)


def check_anomaly_webhook_data_severity_or_none(
    value: object,
) -> AnomalyWebhookDataSeverity | None:
    if value is None or value in ANOMALY_WEBHOOK_DATA_SEVERITY_VALUES:
        return value
    raise not_one_of(value, ANOMALY_WEBHOOK_DATA_SEVERITY_VALUES)
