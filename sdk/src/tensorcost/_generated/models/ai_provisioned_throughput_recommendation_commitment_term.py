from typing import Literal

from ..types import not_one_of

AiProvisionedThroughputRecommendationCommitmentTerm = Literal[
    "no_commitment", "one_month", "one_year", "six_months"
]

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
    value: object,
) -> AiProvisionedThroughputRecommendationCommitmentTerm:
    if value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES:
        return value
    raise not_one_of(
        value, AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES
    )


def check_ai_provisioned_throughput_recommendation_commitment_term_or_none(
    value: object,
) -> AiProvisionedThroughputRecommendationCommitmentTerm | None:
    if (
        value is None
        or value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES
    ):
        return value
    raise not_one_of(
        value, AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES
    )
