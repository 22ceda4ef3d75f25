from typing import Literal

from ..types import not_one_of

RecommendationType = Literal[
    "gpu_idle",
    "gpu_rightsize",
    "mig_repartition",
    "model_routing",
    "prompt_cache",
    "provisioned_throughput",
]

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


def check_recommendation_type(value: object) -> RecommendationType:
    if value in RECOMMENDATION_TYPE_VALUES:
        return value
    raise not_one_of(value, RECOMMENDATION_TYPE_VALUES)


def check_recommendation_type_or_none(value: object) -> RecommendationType | None:
    if value is None or value in RECOMMENDATION_TYPE_VALUES:
        return value
    raise not_one_of(value, RECOMMENDATION_TYPE_VALUES)
