from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
EnforcementPolicyResumeMode = Literal["dry_run", "enforce"] | UnknownEnumValue

ENFORCEMENT_POLICY_RESUME_MODE_VALUES: frozenset[EnforcementPolicyResumeMode] = frozenset(
    {
        "dry_run",
        "enforce",
    }
)


def check_enforcement_policy_resume_mode(
    value: object, field: str = "EnforcementPolicyResumeMode"
) -> EnforcementPolicyResumeMode:
    if value in ENFORCEMENT_POLICY_RESUME_MODE_VALUES:
        return value
    return unknown_enum_value(field, value, ENFORCEMENT_POLICY_RESUME_MODE_VALUES)


def check_enforcement_policy_resume_mode_or_none(
    value: object, field: str = "EnforcementPolicyResumeMode"
) -> EnforcementPolicyResumeMode | None:
    if value is None or value in ENFORCEMENT_POLICY_RESUME_MODE_VALUES:
        return value
    return unknown_enum_value(field, value, ENFORCEMENT_POLICY_RESUME_MODE_VALUES)
