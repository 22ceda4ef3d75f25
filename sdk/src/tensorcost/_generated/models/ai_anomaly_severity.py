from typing import Literal

AiAnomalySeverity = Literal["critical", "error", "info", "warning"]

AI_ANOMALY_SEVERITY_VALUES: set[AiAnomalySeverity] = {
    "critical",
    "error",
    "info",
    "warning",
}


def check_ai_anomaly_severity(value: str) -> AiAnomalySeverity:
    if value in AI_ANOMALY_SEVERITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANOMALY_SEVERITY_VALUES!r}"
    )
