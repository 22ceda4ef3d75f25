from typing import Literal

AiInferenceStatus = Literal["error", "success", "throttled"]

AI_INFERENCE_STATUS_VALUES: set[AiInferenceStatus] = {
    "error",
    "success",
    "throttled",
}


def check_ai_inference_status(value: str) -> AiInferenceStatus:
    if value in AI_INFERENCE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_INFERENCE_STATUS_VALUES!r}"
    )
