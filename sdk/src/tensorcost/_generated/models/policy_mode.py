from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
PolicyMode = Literal["disabled", "dry_run", "enforce"] | UnknownEnumValue

POLICY_MODE_VALUES: frozenset[PolicyMode] = frozenset(
    {
        "disabled",
        "dry_run",
        "enforce",
    }
)


def check_policy_mode(value: object, field: str = "PolicyMode") -> PolicyMode:
    if value in POLICY_MODE_VALUES:
        return value
    return unknown_enum_value(field, value, POLICY_MODE_VALUES)


def check_policy_mode_or_none(value: object, field: str = "PolicyMode") -> PolicyMode | None:
    if value is None or value in POLICY_MODE_VALUES:
        return value
    return unknown_enum_value(field, value, POLICY_MODE_VALUES)
