from typing import Literal

FeatureFlagSource = Literal["default", "plan", "rollout", "tenant", "user"]

FEATURE_FLAG_SOURCE_VALUES: set[FeatureFlagSource] = {
    "default",
    "plan",
    "rollout",
    "tenant",
    "user",
}


def check_feature_flag_source(value: str) -> FeatureFlagSource:
    if value in FEATURE_FLAG_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FEATURE_FLAG_SOURCE_VALUES!r}"
    )
