from typing import Literal

from ..types import not_one_of

RecommendationResourceKind = Literal[
    "agent",
    "application",
    "connection",
    "gpu_instance",
    "mig_host",
    "model",
    "team",
    "workflow",
]

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


def check_recommendation_resource_kind(value: object) -> RecommendationResourceKind:
    if value in RECOMMENDATION_RESOURCE_KIND_VALUES:
        return value
    raise not_one_of(value, RECOMMENDATION_RESOURCE_KIND_VALUES)


def check_recommendation_resource_kind_or_none(
    value: object,
) -> RecommendationResourceKind | None:
    if value is None or value in RECOMMENDATION_RESOURCE_KIND_VALUES:
        return value
    raise not_one_of(value, RECOMMENDATION_RESOURCE_KIND_VALUES)
