from typing import Literal

from ..types import not_one_of

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


def check_alert_type(value: object) -> AlertType:
    if value in ALERT_TYPE_VALUES:
        return value
    raise not_one_of(value, ALERT_TYPE_VALUES)


def check_alert_type_or_none(value: object) -> AlertType | None:
    if value is None or value in ALERT_TYPE_VALUES:
        return value
    raise not_one_of(value, ALERT_TYPE_VALUES)
