from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
CreatePolicyRequestConditionLogic = Literal["all", "any"] | UnknownEnumValue

CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES: frozenset[CreatePolicyRequestConditionLogic] = frozenset(
    {
        "all",
        "any",
    }
)


def check_create_policy_request_condition_logic(
    value: object, field: str = "CreatePolicyRequestConditionLogic"
) -> CreatePolicyRequestConditionLogic:
    if value in CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES:
        return value
    return unknown_enum_value(field, value, CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES)


def check_create_policy_request_condition_logic_or_none(
    value: object, field: str = "CreatePolicyRequestConditionLogic"
) -> CreatePolicyRequestConditionLogic | None:
    if value is None or value in CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES:
        return value
    return unknown_enum_value(field, value, CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES)
