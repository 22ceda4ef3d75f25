from typing import Literal

from ..types import not_one_of

AiProvisionedThroughputRecommendationThroughputUnit = Literal[
    "azure_ptu", "bedrock_model_unit"
]

AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES: frozenset[
    AiProvisionedThroughputRecommendationThroughputUnit
] = frozenset(
    {
        "azure_ptu",
        "bedrock_model_unit",
    }
)


def check_ai_provisioned_throughput_recommendation_throughput_unit(
    value: object,
) -> AiProvisionedThroughputRecommendationThroughputUnit:
    if value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES:
        return value
    raise not_one_of(
        value, AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES
    )


def check_ai_provisioned_throughput_recommendation_throughput_unit_or_none(
    value: object,
) -> AiProvisionedThroughputRecommendationThroughputUnit | None:
    if (
        value is None
        or value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES
    ):
        return value
    raise not_one_of(
        value, AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES
    )
