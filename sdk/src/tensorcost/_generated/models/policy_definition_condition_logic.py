from typing import Literal

from ..types import not_one_of

PolicyDefinitionConditionLogic = Literal["all", "any"]

POLICY_DEFINITION_CONDITION_LOGIC_VALUES: frozenset[PolicyDefinitionConditionLogic] = (
    frozenset(
        {
            "all",
            "any",
        }
    )
)


def check_policy_definition_condition_logic(
    value: object,
) -> PolicyDefinitionConditionLogic:
    if value in POLICY_DEFINITION_CONDITION_LOGIC_VALUES:
        return value
    raise not_one_of(value, POLICY_DEFINITION_CONDITION_LOGIC_VALUES)


def check_policy_definition_condition_logic_or_none(
    value: object,
) -> PolicyDefinitionConditionLogic | None:
    if value is None or value in POLICY_DEFINITION_CONDITION_LOGIC_VALUES:
        return value
    raise not_one_of(value, POLICY_DEFINITION_CONDITION_LOGIC_VALUES)
