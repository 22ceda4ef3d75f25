from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
AiProvisionedThroughputRecommendationSource = Literal["azure_openai", "bedrock"] | UnknownEnumValue

AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES: frozenset[
    AiProvisionedThroughputRecommendationSource
] = frozenset(
    {
        "azure_openai",
        "bedrock",
    }
)


def check_ai_provisioned_throughput_recommendation_source(
    value: object, field: str = "AiProvisionedThroughputRecommendationSource"
) -> AiProvisionedThroughputRecommendationSource:
    if value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES:
        return value
    return unknown_enum_value(field, value, AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES)


def check_ai_provisioned_throughput_recommendation_source_or_none(
    value: object, field: str = "AiProvisionedThroughputRecommendationSource"
) -> AiProvisionedThroughputRecommendationSource | None:
    if value is None or value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES:
        return value
    return unknown_enum_value(field, value, AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES)
