from typing import Literal

AiRecommendationStatus = Literal[
    "accepted", "dismissed", "expired", "implemented", "open"
]

AI_RECOMMENDATION_STATUS_VALUES: set[AiRecommendationStatus] = {
    "accepted",
    "dismissed",
    "expired",
    "implemented",
    "open",
}


def check_ai_recommendation_status(value: str) -> AiRecommendationStatus:
    if value in AI_RECOMMENDATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_RECOMMENDATION_STATUS_VALUES!r}"
    )
