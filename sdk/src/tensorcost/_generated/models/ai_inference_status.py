from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
AiInferenceStatus = Literal["error", "success", "throttled"] | UnknownEnumValue

AI_INFERENCE_STATUS_VALUES: frozenset[AiInferenceStatus] = frozenset(
    {
        "error",
        "success",
        "throttled",
    }
)


def check_ai_inference_status(value: object, field: str = "AiInferenceStatus") -> AiInferenceStatus:
    if value in AI_INFERENCE_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, AI_INFERENCE_STATUS_VALUES)


def check_ai_inference_status_or_none(
    value: object, field: str = "AiInferenceStatus"
) -> AiInferenceStatus | None:
    if value is None or value in AI_INFERENCE_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, AI_INFERENCE_STATUS_VALUES)
