from typing import Literal

AiAnomalyStatus = Literal["acknowledged", "open", "resolved"]

AI_ANOMALY_STATUS_VALUES: set[AiAnomalyStatus] = {
    "acknowledged",
    "open",
    "resolved",
}


def check_ai_anomaly_status(value: str) -> AiAnomalyStatus:
    if value in AI_ANOMALY_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANOMALY_STATUS_VALUES!r}"
    )
