from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
FeatureFlagSource = Literal["default", "plan", "rollout", "tenant", "user"] | UnknownEnumValue

FEATURE_FLAG_SOURCE_VALUES: frozenset[FeatureFlagSource] = frozenset(
    {
        "default",
        "plan",
        "rollout",
        "tenant",
        "user",
    }
)


def check_feature_flag_source(value: object, field: str = "FeatureFlagSource") -> FeatureFlagSource:
    if value in FEATURE_FLAG_SOURCE_VALUES:
        return value
    return unknown_enum_value(field, value, FEATURE_FLAG_SOURCE_VALUES)


def check_feature_flag_source_or_none(
    value: object, field: str = "FeatureFlagSource"
) -> FeatureFlagSource | None:
    if value is None or value in FEATURE_FLAG_SOURCE_VALUES:
        return value
    return unknown_enum_value(field, value, FEATURE_FLAG_SOURCE_VALUES)
