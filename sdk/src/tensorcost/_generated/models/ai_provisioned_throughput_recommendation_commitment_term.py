from typing import Literal

AiProvisionedThroughputRecommendationCommitmentTerm = Literal[
    "no_commitment", "one_month", "one_year", "six_months"
]

AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES: set[
    AiProvisionedThroughputRecommendationCommitmentTerm
] = {
    "no_commitment",
    "one_month",
    "one_year",
    "six_months",
}


def check_ai_provisioned_throughput_recommendation_commitment_term(
    value: str,
) -> AiProvisionedThroughputRecommendationCommitmentTerm:
    if value in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES!r}"
    )
