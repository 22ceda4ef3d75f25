from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
RecommendationResourceKind = (
    Literal["agent", "application", "connection", "gpu_instance", "mig_host", "model", "team", "workflow"]
    | UnknownEnumValue
)

RECOMMENDATION_RESOURCE_KIND_VALUES: frozenset[RecommendationResourceKind] = frozenset(
    {
        "agent",
        "application",
        "connection",
        "gpu_instance",
        "mig_host",
        "model",
        "team",
        "workflow",
    }
)


def check_recommendation_resource_kind(
    value: object, field: str = "RecommendationResourceKind"
) -> RecommendationResourceKind:
    if value in RECOMMENDATION_RESOURCE_KIND_VALUES:
        return value
    return unknown_enum_value(field, value, RECOMMENDATION_RESOURCE_KIND_VALUES)


def check_recommendation_resource_kind_or_none(
    value: object, field: str = "RecommendationResourceKind"
) -> RecommendationResourceKind | None:
    if value is None or value in RECOMMENDATION_RESOURCE_KIND_VALUES:
        return value
    return unknown_enum_value(field, value, RECOMMENDATION_RESOURCE_KIND_VALUES)
