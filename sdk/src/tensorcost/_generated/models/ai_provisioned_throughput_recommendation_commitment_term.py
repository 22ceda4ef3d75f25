from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
AiProvisionedThroughputRecommendationCommitmentTerm = (
    Literal["no_commitment", "one_month", "one_year", "six_months"] | UnknownEnumValue
)

AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES: frozenset[
    AiProvisionedThroughputRecommendationCommitmentTerm
] = frozenset(
    {
        "no_commitment",
        "one_month",
        "one_year",
        "six_months",
    }
)


def check_ai_provisioned_throughput_recommendation_commitment_term(
    value: object, field: str = "AiProvisionedThroughputRecommendationCommitmentTerm"
) -> AiProvisionedThroughputRecommendationCommitmentTerm:
    if value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES:
        return value
    return unknown_enum_value(field, value, AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES)


def check_ai_provisioned_throughput_recommendation_commitment_term_or_none(
    value: object, field: str = "AiProvisionedThroughputRecommendationCommitmentTerm"
) -> AiProvisionedThroughputRecommendationCommitmentTerm | None:
    if value is None or value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES:
        return value
    return unknown_enum_value(field, value, AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES)
