from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
MonitoredMetric = (
    Literal[
        "anomaly_score",
        "budget_burn_pct",
        "daily_spend",
        "forecast_overrun",
        "gpu_util_pct",
        "hourly_spend",
        "idle_gpu_hours",
        "request_rate",
        "token_rate",
    ]
    | UnknownEnumValue
)

MONITORED_METRIC_VALUES: frozenset[MonitoredMetric] = frozenset(
    {
        "anomaly_score",
        "budget_burn_pct",
        "daily_spend",
        "forecast_overrun",
        "gpu_util_pct",
        "hourly_spend",
        "idle_gpu_hours",
        "request_rate",
        "token_rate",
    }
)


def check_monitored_metric(value: object, field: str = "MonitoredMetric") -> MonitoredMetric:
    if value in MONITORED_METRIC_VALUES:
        return value
    return unknown_enum_value(field, value, MONITORED_METRIC_VALUES)


def check_monitored_metric_or_none(value: object, field: str = "MonitoredMetric") -> MonitoredMetric | None:
    if value is None or value in MONITORED_METRIC_VALUES:
        return value
    return unknown_enum_value(field, value, MONITORED_METRIC_VALUES)
