from typing import Literal

from ..types import not_one_of

AlertWebhookDataSeverity = Literal["critical", "error", "info", "warning"]

ALERT_WEBHOOK_DATA_SEVERITY_VALUES: frozenset[AlertWebhookDataSeverity] = frozenset(
    {
        "critical",
        "error",
        "info",
        "warning",
    }
)


def check_alert_webhook_data_severity(value: object) -> AlertWebhookDataSeverity:
    if value in ALERT_WEBHOOK_DATA_SEVERITY_VALUES:
        return value
    raise not_one_of(value, ALERT_WEBHOOK_DATA_SEVERITY_VALUES)


def check_alert_webhook_data_severity_or_none(
    value: object,
) -> AlertWebhookDataSeverity | None:
    if value is None or value in ALERT_WEBHOOK_DATA_SEVERITY_VALUES:
        return value
    raise not_one_of(value, ALERT_WEBHOOK_DATA_SEVERITY_VALUES)
