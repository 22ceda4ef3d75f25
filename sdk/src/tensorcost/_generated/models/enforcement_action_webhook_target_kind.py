from typing import Literal

from ..types import not_one_of

EnforcementActionWebhookTargetKind = Literal[
    "agent", "api_key", "application", "gpu_instance", "model"
]

ENFORCEMENT_ACTION_WEBHOOK_TARGET_KIND_VALUES: frozenset[
    EnforcementActionWebhookTargetKind
] = frozenset(
    {
        "agent",
        "api_key",
        "application",
        "gpu_instance",
        "model",
    }
)


def check_enforcement_action_webhook_target_kind(
    value: object,
) -> EnforcementActionWebhookTargetKind:
    if value in ENFORCEMENT_ACTION_WEBHOOK_TARGET_KIND_VALUES:
        return value
    raise not_one_of(value, ENFORCEMENT_ACTION_WEBHOOK_TARGET_KIND_VALUES)


def check_enforcement_action_webhook_target_kind_or_none(
    value: object,
) -> EnforcementActionWebhookTargetKind | None:
    if value is None or value in ENFORCEMENT_ACTION_WEBHOOK_TARGET_KIND_VALUES:
        return value
    raise not_one_of(value, ENFORCEMENT_ACTION_WEBHOOK_TARGET_KIND_VALUES)
