from typing import Literal

from ..types import not_one_of

ActionTargetResourceType = Literal[
    "agent",
    "agent_credential",
    "application",
    "gpu_group",
    "gpu_instance",
    "model",
    "team",
    "workflow",
]

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


def check_action_target_resource_type(value: object) -> ActionTargetResourceType:
    if value in ACTION_TARGET_RESOURCE_TYPE_VALUES:
        return value
    raise not_one_of(value, ACTION_TARGET_RESOURCE_TYPE_VALUES)


def check_action_target_resource_type_or_none(
    value: object,
) -> ActionTargetResourceType | None:
    if value is None or value in ACTION_TARGET_RESOURCE_TYPE_VALUES:
        return value
    raise not_one_of(value, ACTION_TARGET_RESOURCE_TYPE_VALUES)
