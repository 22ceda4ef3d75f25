from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
AiProvisionedThroughputRecommendationVerdict = Literal["provision", "stay_on_demand"] | UnknownEnumValue

AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES: frozenset[
    AiProvisionedThroughputRecommendationVerdict
] = frozenset(
    {
        "provision",
        "stay_on_demand",
    }
)


def check_ai_provisioned_throughput_recommendation_verdict(
    value: object, field: str = "AiProvisionedThroughputRecommendationVerdict"
) -> AiProvisionedThroughputRecommendationVerdict:
    if value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES:
        return value
    return unknown_enum_value(field, value, AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES)


def check_ai_provisioned_throughput_recommendation_verdict_or_none(
    value: object, field: str = "AiProvisionedThroughputRecommendationVerdict"
) -> AiProvisionedThroughputRecommendationVerdict | None:
    if value is None or value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES:
        return value
    return unknown_enum_value(field, value, AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES)
