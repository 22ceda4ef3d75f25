from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
AiAnomalyStatus = Literal["acknowledged", "open", "resolved"] | UnknownEnumValue

AI_ANOMALY_STATUS_VALUES: frozenset[AiAnomalyStatus] = frozenset(
    {
        "acknowledged",
        "open",
        "resolved",
    }
)


def check_ai_anomaly_status(value: object, field: str = "AiAnomalyStatus") -> AiAnomalyStatus:
    if value in AI_ANOMALY_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, AI_ANOMALY_STATUS_VALUES)


def check_ai_anomaly_status_or_none(value: object, field: str = "AiAnomalyStatus") -> AiAnomalyStatus | None:
    if value is None or value in AI_ANOMALY_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, AI_ANOMALY_STATUS_VALUES)
