from typing import Literal

from ..types import not_one_of

RecommendationStatus = Literal[
    "accepted", "dismissed", "expired", "implemented", "open"
]

RECOMMENDATION_STATUS_VALUES: frozenset[RecommendationStatus] = frozenset(
    {
        "accepted",
        "dismissed",
        "expired",
        "implemented",
        "open",
    }
)


def check_recommendation_status(value: object) -> RecommendationStatus:
    if value in RECOMMENDATION_STATUS_VALUES:
        return value
    raise not_one_of(value, RECOMMENDATION_STATUS_VALUES)


def check_recommendation_status_or_none(value: object) -> RecommendationStatus | None:
    if value is None or value in RECOMMENDATION_STATUS_VALUES:
        return value
    raise not_one_of(value, RECOMMENDATION_STATUS_VALUES)
