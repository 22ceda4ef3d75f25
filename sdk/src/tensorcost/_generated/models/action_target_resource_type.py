from typing import Literal

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

ACTION_TARGET_RESOURCE_TYPE_VALUES: set[ActionTargetResourceType] = {
    "agent",
    "agent_credential",
    "application",
    "gpu_group",
    "gpu_instance",
    "model",
    "team",
    "workflow",
}


def check_action_target_resource_type(value: str) -> ActionTargetResourceType:
    if value in ACTION_TARGET_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTION_TARGET_RESOURCE_TYPE_VALUES!r}"
    )
