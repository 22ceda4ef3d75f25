from typing import Literal

from ..types import not_one_of

AlertStatus = Literal["acknowledged", "ignored", "resolved", "triggered"]

ALERT_STATUS_VALUES: frozenset[AlertStatus] = frozenset(
    {
        "acknowledged",
        "ignored",
        "resolved",
        "triggered",
    }
)


def check_alert_status(value: object) -> AlertStatus:
    if value in ALERT_STATUS_VALUES:
        return value
    raise not_one_of(value, ALERT_STATUS_VALUES)


def check_alert_status_or_none(value: object) -> AlertStatus | None:
    if value is None or value in ALERT_STATUS_VALUES:
        return value
    raise not_one_of(value, ALERT_STATUS_VALUES)
