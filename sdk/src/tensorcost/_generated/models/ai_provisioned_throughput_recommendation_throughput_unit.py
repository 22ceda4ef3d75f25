from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
AiProvisionedThroughputRecommendationThroughputUnit = (
    Literal["azure_ptu", "bedrock_model_unit"] | UnknownEnumValue
)

AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES: frozenset[
    AiProvisionedThroughputRecommendationThroughputUnit
] = frozenset(
    {
        "azure_ptu",
        "bedrock_model_unit",
    }
)


def check_ai_provisioned_throughput_recommendation_throughput_unit(
    value: object, field: str = "AiProvisionedThroughputRecommendationThroughputUnit"
) -> AiProvisionedThroughputRecommendationThroughputUnit:
    if value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES:
        return value
    return unknown_enum_value(field, value, AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES)


def check_ai_provisioned_throughput_recommendation_throughput_unit_or_none(
    value: object, field: str = "AiProvisionedThroughputRecommendationThroughputUnit"
) -> AiProvisionedThroughputRecommendationThroughputUnit | None:
    if value is None or value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES:
        return value
    return unknown_enum_value(field, value, AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES)
