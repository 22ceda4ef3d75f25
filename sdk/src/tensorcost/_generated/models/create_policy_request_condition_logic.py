from typing import Literal

from ..types import not_one_of

CreatePolicyRequestConditionLogic = Literal["all", "any"]

CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES: frozenset[
    CreatePolicyRequestConditionLogic
] = frozenset(
    {
        "all",
        "any",
    }
)


def check_create_policy_request_condition_logic(
    value: object,
) -> CreatePolicyRequestConditionLogic:
    if value in CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES:
        return value
    raise not_one_of(value, CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES)


def check_create_policy_request_condition_logic_or_none(
    value: object,
) -> CreatePolicyRequestConditionLogic | None:
    if value is None or value in CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES:
        return value
    raise not_one_of(value, CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES)
