from typing import Literal

from ..types import not_one_of

FeatureFlagSource = Literal["default", "plan", "rollout", "tenant", "user"]

FEATURE_FLAG_SOURCE_VALUES: frozenset[FeatureFlagSource] = frozenset(
    {
        "default",
        "plan",
        "rollout",
        "tenant",
        "user",
    }
)


def check_feature_flag_source(value: object) -> FeatureFlagSource:
    if value in FEATURE_FLAG_SOURCE_VALUES:
        return value
    raise not_one_of(value, FEATURE_FLAG_SOURCE_VALUES)


def check_feature_flag_source_or_none(value: object) -> FeatureFlagSource | None:
    if value is None or value in FEATURE_FLAG_SOURCE_VALUES:
        return value
    raise not_one_of(value, FEATURE_FLAG_SOURCE_VALUES)
