from typing import Literal

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

MONITORED_METRIC_VALUES: set[MonitoredMetric] = {
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


def check_monitored_metric(value: str) -> MonitoredMetric:
    if value in MONITORED_METRIC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MONITORED_METRIC_VALUES!r}"
    )
