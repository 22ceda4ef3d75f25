from typing import Literal

AiProvisionedThroughputRecommendationVerdict = Literal["provision", "stay_on_demand"]

AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES: set[
    AiProvisionedThroughputRecommendationVerdict
] = {
    "provision",
    "stay_on_demand",
}


def check_ai_provisioned_throughput_recommendation_verdict(
    value: str,
) -> AiProvisionedThroughputRecommendationVerdict:
    if value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES!r}"
    )
