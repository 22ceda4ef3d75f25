from typing import Literal

PolicyDefinitionConditionLogic = Literal["all", "any"]

POLICY_DEFINITION_CONDITION_LOGIC_VALUES: set[PolicyDefinitionConditionLogic] = {
    "all",
    "any",
}


def check_policy_definition_condition_logic(
    value: str,
) -> PolicyDefinitionConditionLogic:
    if value in POLICY_DEFINITION_CONDITION_LOGIC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POLICY_DEFINITION_CONDITION_LOGIC_VALUES!r}"
    )
