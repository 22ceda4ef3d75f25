from typing import Literal

EnforcementPolicyConditionLogic = Literal["all", "any"]

ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES: set[EnforcementPolicyConditionLogic] = {
    "all",
    "any",
}


def check_enforcement_policy_condition_logic(
    value: str,
) -> EnforcementPolicyConditionLogic:
    if value in ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES!r}"
    )
