from typing import Literal

from ..types import not_one_of

EnforcementPolicyConditionLogic = Literal["all", "any"]

ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES: frozenset[
    EnforcementPolicyConditionLogic
] = frozenset(
    {
        "all",
        "any",
    }
)


def check_enforcement_policy_condition_logic(
    value: object,
) -> EnforcementPolicyConditionLogic:
    if value in ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES:
        return value
    raise not_one_of(value, ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES)


def check_enforcement_policy_condition_logic_or_none(
    value: object,
) -> EnforcementPolicyConditionLogic | None:
    if value is None or value in ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES:
        return value
    raise not_one_of(value, ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES)
