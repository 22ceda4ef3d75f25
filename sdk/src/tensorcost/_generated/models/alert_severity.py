from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
AlertSeverity = Literal["critical", "error", "info", "warning"] | UnknownEnumValue

ALERT_SEVERITY_VALUES: frozenset[AlertSeverity] = frozenset(
    {
        "critical",
        "error",
        "info",
        "warning",
    }
)


def check_alert_severity(value: object, field: str = "AlertSeverity") -> AlertSeverity:
    if value in ALERT_SEVERITY_VALUES:
        return value
    return unknown_enum_value(field, value, ALERT_SEVERITY_VALUES)


def check_alert_severity_or_none(value: object, field: str = "AlertSeverity") -> AlertSeverity | None:
    if value is None or value in ALERT_SEVERITY_VALUES:
        return value
    return unknown_enum_value(field, value, ALERT_SEVERITY_VALUES)
