from typing import Literal

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

RECOMMENDATION_RESOURCE_KIND_VALUES: set[RecommendationResourceKind] = {
    "agent",
    "application",
    "connection",
    "gpu_instance",
    "mig_host",
    "model",
    "team",
    "workflow",
}


def check_recommendation_resource_kind(value: str) -> RecommendationResourceKind:
    if value in RECOMMENDATION_RESOURCE_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECOMMENDATION_RESOURCE_KIND_VALUES!r}"
    )
