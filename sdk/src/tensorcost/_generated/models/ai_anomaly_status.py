from typing import Literal

from ..types import not_one_of

AiAnomalyStatus = Literal["acknowledged", "open", "resolved"]

AI_ANOMALY_STATUS_VALUES: frozenset[AiAnomalyStatus] = frozenset(
    {
        "acknowledged",
        "open",
        "resolved",
    }
)


def check_ai_anomaly_status(value: object) -> AiAnomalyStatus:
    if value in AI_ANOMALY_STATUS_VALUES:
        return value
    raise not_one_of(value, AI_ANOMALY_STATUS_VALUES)


def check_ai_anomaly_status_or_none(value: object) -> AiAnomalyStatus | None:
    if value is None or value in AI_ANOMALY_STATUS_VALUES:
        return value
    raise not_one_of(value, AI_ANOMALY_STATUS_VALUES)
