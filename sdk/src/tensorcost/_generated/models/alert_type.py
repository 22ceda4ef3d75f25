from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
AlertType = (
    Literal[
        "agent_disconnected",
        "budget_threshold",
        "cost_anomaly",
        "enforcement_failed",
        "forecast_overrun",
        "idle_gpu",
        "spend_threshold",
        "sync_failure",
        "token_rate",
    ]
    | UnknownEnumValue
)

ALERT_TYPE_VALUES: frozenset[AlertType] = frozenset(
    {
        "agent_disconnected",
        "budget_threshold",
        "cost_anomaly",
        "enforcement_failed",
        "forecast_overrun",
        "idle_gpu",
        "spend_threshold",
        "sync_failure",
        "token_rate",
    }
)


def check_alert_type(value: object, field: str = "AlertType") -> AlertType:
    if value in ALERT_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, ALERT_TYPE_VALUES)


def check_alert_type_or_none(value: object, field: str = "AlertType") -> AlertType | None:
    if value is None or value in ALERT_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, ALERT_TYPE_VALUES)
