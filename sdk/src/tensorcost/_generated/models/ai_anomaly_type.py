from typing import Literal

from ..types import not_one_of

AiAnomalyType = Literal["cost_spike", "retry_storm", "runaway_loop"]

AI_ANOMALY_TYPE_VALUES: frozenset[AiAnomalyType] = frozenset(
    {
        "cost_spike",
        "retry_storm",
        "runaway_loop",
    }
)


def check_ai_anomaly_type(value: object) -> AiAnomalyType:
    if value in AI_ANOMALY_TYPE_VALUES:
        return value
    raise not_one_of(value, AI_ANOMALY_TYPE_VALUES)


def check_ai_anomaly_type_or_none(value: object) -> AiAnomalyType | None:
    if value is None or value in AI_ANOMALY_TYPE_VALUES:
        return value
    raise not_one_of(value, AI_ANOMALY_TYPE_VALUES)
