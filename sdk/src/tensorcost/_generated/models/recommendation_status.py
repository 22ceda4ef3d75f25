from typing import Literal

RecommendationStatus = Literal[
    "accepted", "dismissed", "expired", "implemented", "open"
]

RECOMMENDATION_STATUS_VALUES: set[RecommendationStatus] = {
    "accepted",
    "dismissed",
    "expired",
    "implemented",
    "open",
}


def check_recommendation_status(value: str) -> RecommendationStatus:
    if value in RECOMMENDATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECOMMENDATION_STATUS_VALUES!r}"
    )
