from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
EnforcementActionType = (
    Literal["block_model", "notify", "revoke_key", "route_model", "scale_down", "stop_instance", "throttle"]
    | UnknownEnumValue
)

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


def check_enforcement_action_type(
    value: object, field: str = "EnforcementActionType"
) -> EnforcementActionType:
    if value in ENFORCEMENT_ACTION_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, ENFORCEMENT_ACTION_TYPE_VALUES)


def check_enforcement_action_type_or_none(
    value: object, field: str = "EnforcementActionType"
) -> EnforcementActionType | None:
    if value is None or value in ENFORCEMENT_ACTION_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, ENFORCEMENT_ACTION_TYPE_VALUES)
