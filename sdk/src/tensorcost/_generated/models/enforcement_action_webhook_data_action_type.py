from typing import Literal

from ..types import not_one_of

EnforcementActionWebhookDataActionType = Literal[
    "block_model",
    "notify",
    "revoke_key",
    "route_model",
    "scale_down",
    "stop_instance",
    "throttle",
]

ENFORCEMENT_ACTION_WEBHOOK_DATA_ACTION_TYPE_VALUES: frozenset[
    EnforcementActionWebhookDataActionType
] = frozenset(
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


def check_enforcement_action_webhook_data_action_type(
    value: object,
) -> EnforcementActionWebhookDataActionType:
    if value in ENFORCEMENT_ACTION_WEBHOOK_DATA_ACTION_TYPE_VALUES:
        return value
    raise not_one_of(value, ENFORCEMENT_ACTION_WEBHOOK_DATA_ACTION_TYPE_VALUES)


def check_enforcement_action_webhook_data_action_type_or_none(
    value: object,
) -> EnforcementActionWebhookDataActionType | None:
    if value is None or value in ENFORCEMENT_ACTION_WEBHOOK_DATA_ACTION_TYPE_VALUES:
        return value
    raise not_one_of(value, ENFORCEMENT_ACTION_WEBHOOK_DATA_ACTION_TYPE_VALUES)
