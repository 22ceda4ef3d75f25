from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
EnforcementPolicyConditionLogic = Literal["all", "any"] | UnknownEnumValue

ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES: frozenset[EnforcementPolicyConditionLogic] = frozenset(
    {
        "all",
        "any",
    }
)


def check_enforcement_policy_condition_logic(
    value: object, field: str = "EnforcementPolicyConditionLogic"
) -> EnforcementPolicyConditionLogic:
    if value in ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES:
        return value
    return unknown_enum_value(field, value, ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES)


def check_enforcement_policy_condition_logic_or_none(
    value: object, field: str = "EnforcementPolicyConditionLogic"
) -> EnforcementPolicyConditionLogic | None:
    if value is None or value in ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES:
        return value
    return unknown_enum_value(field, value, ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES)
