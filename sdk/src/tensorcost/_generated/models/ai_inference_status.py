from typing import Literal

from ..types import not_one_of

AiInferenceStatus = Literal["error", "success", "throttled"]

AI_INFERENCE_STATUS_VALUES: frozenset[AiInferenceStatus] = frozenset(
    {
        "error",
        "success",
        "throttled",
    }
)


def check_ai_inference_status(value: object) -> AiInferenceStatus:
    if value in AI_INFERENCE_STATUS_VALUES:
        return value
    raise not_one_of(value, AI_INFERENCE_STATUS_VALUES)


def check_ai_inference_status_or_none(value: object) -> AiInferenceStatus | None:
    if value is None or value in AI_INFERENCE_STATUS_VALUES:
        return value
    raise not_one_of(value, AI_INFERENCE_STATUS_VALUES)
