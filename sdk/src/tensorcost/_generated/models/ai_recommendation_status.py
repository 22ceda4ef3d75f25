from typing import Literal

from ..types import not_one_of

AiRecommendationStatus = Literal[
    "accepted", "dismissed", "expired", "implemented", "open"
]

AI_RECOMMENDATION_STATUS_VALUES: frozenset[AiRecommendationStatus] = frozenset(
    {
        "accepted",
        "dismissed",
        "expired",
        "implemented",
        "open",
    }
)


def check_ai_recommendation_status(value: object) -> AiRecommendationStatus:
    if value in AI_RECOMMENDATION_STATUS_VALUES:
        return value
    raise not_one_of(value, AI_RECOMMENDATION_STATUS_VALUES)


def check_ai_recommendation_status_or_none(
    value: object,
) -> AiRecommendationStatus | None:
    if value is None or value in AI_RECOMMENDATION_STATUS_VALUES:
        return value
    raise not_one_of(value, AI_RECOMMENDATION_STATUS_VALUES)
