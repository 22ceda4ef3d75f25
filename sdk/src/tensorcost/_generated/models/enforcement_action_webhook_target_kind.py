from typing import Literal

EnforcementActionWebhookTargetKind = Literal[
    "agent", "api_key", "application", "gpu_instance", "model"
]

ENFORCEMENT_ACTION_WEBHOOK_TARGET_KIND_VALUES: set[
    EnforcementActionWebhookTargetKind
] = {
    "agent",
    "api_key",
    "application",
    "gpu_instance",
    "model",
}


def check_enforcement_action_webhook_target_kind(
    value: str,
) -> EnforcementActionWebhookTargetKind:
    if value in ENFORCEMENT_ACTION_WEBHOOK_TARGET_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENFORCEMENT_ACTION_WEBHOOK_TARGET_KIND_VALUES!r}"
    )
