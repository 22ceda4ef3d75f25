from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
RecommendationStatus = Literal["accepted", "dismissed", "expired", "implemented", "open"] | UnknownEnumValue

RECOMMENDATION_STATUS_VALUES: frozenset[RecommendationStatus] = frozenset(
    {
        "accepted",
        "dismissed",
        "expired",
        "implemented",
        "open",
    }
)


def check_recommendation_status(value: object, field: str = "RecommendationStatus") -> RecommendationStatus:
    if value in RECOMMENDATION_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, RECOMMENDATION_STATUS_VALUES)


def check_recommendation_status_or_none(
    value: object, field: str = "RecommendationStatus"
) -> RecommendationStatus | None:
    if value is None or value in RECOMMENDATION_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, RECOMMENDATION_STATUS_VALUES)
