from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
AiAnomalyType = Literal["cost_spike", "retry_storm", "runaway_loop"] | UnknownEnumValue

AI_ANOMALY_TYPE_VALUES: frozenset[AiAnomalyType] = frozenset(
    {
        "cost_spike",
        "retry_storm",
        "runaway_loop",
    }
)


def check_ai_anomaly_type(value: object, field: str = "AiAnomalyType") -> AiAnomalyType:
    if value in AI_ANOMALY_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, AI_ANOMALY_TYPE_VALUES)


def check_ai_anomaly_type_or_none(value: object, field: str = "AiAnomalyType") -> AiAnomalyType | None:
    if value is None or value in AI_ANOMALY_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, AI_ANOMALY_TYPE_VALUES)
