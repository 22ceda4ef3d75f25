from typing import Literal

AlertType = Literal[
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

ALERT_TYPE_VALUES: set[AlertType] = {
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


def check_alert_type(value: str) -> AlertType:
    if value in ALERT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALERT_TYPE_VALUES!r}"
    )
