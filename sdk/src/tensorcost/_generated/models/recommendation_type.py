from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
RecommendationType = (
    Literal[
        "gpu_idle",
        "gpu_rightsize",
        "mig_repartition",
        "model_routing",
        "prompt_cache",
        "provisioned_throughput",
    ]
    | UnknownEnumValue
)

RECOMMENDATION_TYPE_VALUES: frozenset[RecommendationType] = frozenset(
    {
        "gpu_idle",
        "gpu_rightsize",
        "mig_repartition",
        "model_routing",
        "prompt_cache",
        "provisioned_throughput",
    }
)


def check_recommendation_type(value: object, field: str = "RecommendationType") -> RecommendationType:
    if value in RECOMMENDATION_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, RECOMMENDATION_TYPE_VALUES)


def check_recommendation_type_or_none(
    value: object, field: str = "RecommendationType"
) -> RecommendationType | None:
    if value is None or value in RECOMMENDATION_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, RECOMMENDATION_TYPE_VALUES)
