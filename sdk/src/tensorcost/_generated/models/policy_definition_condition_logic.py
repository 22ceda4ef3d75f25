from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
PolicyDefinitionConditionLogic = Literal["all", "any"] | UnknownEnumValue

POLICY_DEFINITION_CONDITION_LOGIC_VALUES: frozenset[PolicyDefinitionConditionLogic] = frozenset(
    {
        "all",
        "any",
    }
)


def check_policy_definition_condition_logic(
    value: object, field: str = "PolicyDefinitionConditionLogic"
) -> PolicyDefinitionConditionLogic:
    if value in POLICY_DEFINITION_CONDITION_LOGIC_VALUES:
        return value
    return unknown_enum_value(field, value, POLICY_DEFINITION_CONDITION_LOGIC_VALUES)


def check_policy_definition_condition_logic_or_none(
    value: object, field: str = "PolicyDefinitionConditionLogic"
) -> PolicyDefinitionConditionLogic | None:
    if value is None or value in POLICY_DEFINITION_CONDITION_LOGIC_VALUES:
        return value
    return unknown_enum_value(field, value, POLICY_DEFINITION_CONDITION_LOGIC_VALUES)
