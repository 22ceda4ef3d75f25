from typing import Literal

EnforcementActionWebhookDataActionType = Literal[
    "block_model",
    "notify",
    "revoke_key",
    "route_model",
    "scale_down",
    "stop_instance",
    "throttle",
]

ENFORCEMENT_ACTION_WEBHOOK_DATA_ACTION_TYPE_VALUES: set[
    EnforcementActionWebhookDataActionType
] = {
    "block_model",
    "notify",
    "revoke_key",
    "route_model",
    "scale_down",
    "stop_instance",
    "throttle",
}


def check_enforcement_action_webhook_data_action_type(
    value: str,
) -> EnforcementActionWebhookDataActionType:
    if value in ENFORCEMENT_ACTION_WEBHOOK_DATA_ACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENFORCEMENT_ACTION_WEBHOOK_DATA_ACTION_TYPE_VALUES!r}"
    )
