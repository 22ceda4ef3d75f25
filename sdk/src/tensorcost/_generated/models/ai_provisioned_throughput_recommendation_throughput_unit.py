from typing import Literal

AiProvisionedThroughputRecommendationThroughputUnit = Literal[
    "azure_ptu", "bedrock_model_unit"
]

AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES: set[
    AiProvisionedThroughputRecommendationThroughputUnit
] = {
    "azure_ptu",
    "bedrock_model_unit",
}


def check_ai_provisioned_throughput_recommendation_throughput_unit(
    value: str,
) -> AiProvisionedThroughputRecommendationThroughputUnit:
    if value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES!r}"
    )
