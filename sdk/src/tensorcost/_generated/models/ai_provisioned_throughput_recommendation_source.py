from typing import Literal

AiProvisionedThroughputRecommendationSource = Literal["azure_openai", "bedrock"]

AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES: set[
    AiProvisionedThroughputRecommendationSource
] = {
    "azure_openai",
    "bedrock",
}


def check_ai_provisioned_throughput_recommendation_source(
    value: str,
) -> AiProvisionedThroughputRecommendationSource:
    if value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES!r}"
    )
