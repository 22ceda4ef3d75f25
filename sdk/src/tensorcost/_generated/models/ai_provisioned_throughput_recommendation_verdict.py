from typing import Literal

from ..types import not_one_of

AiProvisionedThroughputRecommendationVerdict = Literal["provision", "stay_on_demand"]

AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES: frozenset[
    AiProvisionedThroughputRecommendationVerdict
] = frozenset(
    {
        "provision",
        "stay_on_demand",
    }
)


def check_ai_provisioned_throughput_recommendation_verdict(
    value: object,
) -> AiProvisionedThroughputRecommendationVerdict:
    if value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES:
        return value
    raise not_one_of(value, AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES)


def check_ai_provisioned_throughput_recommendation_verdict_or_none(
    value: object,
) -> AiProvisionedThroughputRecommendationVerdict | None:
    if (
        value is None
        or value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES
    ):
        return value
    raise not_one_of(value, AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES)
