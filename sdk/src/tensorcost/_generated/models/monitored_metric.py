from typing import Literal

from ..types import not_one_of

MonitoredMetric = Literal[
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


def check_monitored_metric(value: object) -> MonitoredMetric:
    if value in MONITORED_METRIC_VALUES:
        return value
    raise not_one_of(value, MONITORED_METRIC_VALUES)


def check_monitored_metric_or_none(value: object) -> MonitoredMetric | None:
    if value is None or value in MONITORED_METRIC_VALUES:
        return value
    raise not_one_of(value, MONITORED_METRIC_VALUES)
