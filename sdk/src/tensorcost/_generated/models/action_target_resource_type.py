from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
ActionTargetResourceType = (
    Literal[
        "agent", "agent_credential", "application", "gpu_group", "gpu_instance", "model", "team", "workflow"
    ]
    | UnknownEnumValue
)

ACTION_TARGET_RESOURCE_TYPE_VALUES: frozenset[ActionTargetResourceType] = frozenset(
    {
        "agent",
        "agent_credential",
        "application",
        "gpu_group",
        "gpu_instance",
        "model",
        "team",
        "workflow",
    }
)


def check_action_target_resource_type(
    value: object, field: str = "ActionTargetResourceType"
) -> ActionTargetResourceType:
    if value in ACTION_TARGET_RESOURCE_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, ACTION_TARGET_RESOURCE_TYPE_VALUES)


def check_action_target_resource_type_or_none(
    value: object, field: str = "ActionTargetResourceType"
) -> ActionTargetResourceType | None:
    if value is None or value in ACTION_TARGET_RESOURCE_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, ACTION_TARGET_RESOURCE_TYPE_VALUES)
