from typing import Literal

from ..types import not_one_of

AiProvisionedThroughputRecommendationSource = Literal["azure_openai", "bedrock"]

AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES: frozenset[
    AiProvisionedThroughputRecommendationSource
] = frozenset(
    {
        "azure_openai",
        "bedrock",
    }
)


def check_ai_provisioned_throughput_recommendation_source(
    value: object,
) -> AiProvisionedThroughputRecommendationSource:
    if value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES:
        return value
    raise not_one_of(value, AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES)


def check_ai_provisioned_throughput_recommendation_source_or_none(
    value: object,
) -> AiProvisionedThroughputRecommendationSource | None:
    if value is None or value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES:
        return value
    raise not_one_of(value, AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES)
