from typing import Literal

AiAnomalyType = Literal["cost_spike", "retry_storm", "runaway_loop"]

AI_ANOMALY_TYPE_VALUES: set[AiAnomalyType] = {
    "cost_spike",
    "retry_storm",
    "runaway_loop",
}


def check_ai_anomaly_type(value: str) -> AiAnomalyType:
    if value in AI_ANOMALY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANOMALY_TYPE_VALUES!r}"
    )
