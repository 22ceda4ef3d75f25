from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
AlertStatus = Literal["acknowledged", "ignored", "resolved", "triggered"] | UnknownEnumValue

ALERT_STATUS_VALUES: frozenset[AlertStatus] = frozenset(
    {
        "acknowledged",
        "ignored",
        "resolved",
        "triggered",
    }
)


def check_alert_status(value: object, field: str = "AlertStatus") -> AlertStatus:
    if value in ALERT_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, ALERT_STATUS_VALUES)


def check_alert_status_or_none(value: object, field: str = "AlertStatus") -> AlertStatus | None:
    if value is None or value in ALERT_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, ALERT_STATUS_VALUES)
