from typing import Literal

from ..types import not_one_of

EnforcementActionType = Literal[
    "block_model",
    "notify",
    "revoke_key",
    "route_model",
    "scale_down",
    "stop_instance",
    "throttle",
]

ENFORCEMENT_ACTION_TYPE_VALUES: frozenset[EnforcementActionType] = frozenset(
    {
        "block_model",
        "notify",
        "revoke_key",
        "route_model",
        "scale_down",
        "stop_instance",
        "throttle",
    }
)


def check_enforcement_action_type(value: object) -> EnforcementActionType:
    if value in ENFORCEMENT_ACTION_TYPE_VALUES:
        return value
    raise not_one_of(value, ENFORCEMENT_ACTION_TYPE_VALUES)


def check_enforcement_action_type_or_none(
    value: object,
) -> EnforcementActionType | None:
    if value is None or value in ENFORCEMENT_ACTION_TYPE_VALUES:
        return value
    raise not_one_of(value, ENFORCEMENT_ACTION_TYPE_VALUES)
