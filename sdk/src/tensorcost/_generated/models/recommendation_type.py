from typing import Literal

RecommendationType = Literal[
    "gpu_idle",
    "gpu_rightsize",
    "mig_repartition",
    "model_routing",
    "prompt_cache",
    "provisioned_throughput",
]

RECOMMENDATION_TYPE_VALUES: set[RecommendationType] = {
    "gpu_idle",
    "gpu_rightsize",
    "mig_repartition",
    "model_routing",
    "prompt_cache",
    "provisioned_throughput",
}


def check_recommendation_type(value: str) -> RecommendationType:
    if value in RECOMMENDATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECOMMENDATION_TYPE_VALUES!r}"
    )
