from typing import Literal

from ..types import not_one_of

AiAnomalySeverity = Literal["critical", "error", "info", "warning"]

AI_ANOMALY_SEVERITY_VALUES: frozenset[AiAnomalySeverity] = frozenset(
    {
        "critical",
        "error",
        "info",
        "warning",
    }
)


def check_ai_anomaly_severity(value: object) -> AiAnomalySeverity:
    if value in AI_ANOMALY_SEVERITY_VALUES:
        return value
    raise not_one_of(value, AI_ANOMALY_SEVERITY_VALUES)


def check_ai_anomaly_severity_or_none(value: object) -> AiAnomalySeverity | None:
    if value is None or value in AI_ANOMALY_SEVERITY_VALUES:
        return value
    raise not_one_of(value, AI_ANOMALY_SEVERITY_VALUES)
