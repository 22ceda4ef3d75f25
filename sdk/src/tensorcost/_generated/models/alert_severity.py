from typing import Literal

from ..types import not_one_of

AlertSeverity = Literal["critical", "error", "info", "warning"]

ALERT_SEVERITY_VALUES: frozenset[AlertSeverity] = frozenset(
    {
        "critical",
        "error",
        "info",
        "warning",
    }
)


def check_alert_severity(value: object) -> AlertSeverity:
    if value in ALERT_SEVERITY_VALUES:
        return value
    raise not_one_of(value, ALERT_SEVERITY_VALUES)


def check_alert_severity_or_none(value: object) -> AlertSeverity | None:
    if value is None or value in ALERT_SEVERITY_VALUES:
        return value
    raise not_one_of(value, ALERT_SEVERITY_VALUES)
