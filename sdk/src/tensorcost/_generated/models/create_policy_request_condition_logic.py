from typing import Literal

CreatePolicyRequestConditionLogic = Literal["all", "any"]

CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES: set[CreatePolicyRequestConditionLogic] = {
    "all",
    "any",
}


def check_create_policy_request_condition_logic(
    value: str,
) -> CreatePolicyRequestConditionLogic:
    if value in CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES!r}"
    )
