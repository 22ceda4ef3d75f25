from typing import Literal

EnforcementActionWebhookDataStatus = Literal["approved", "pending_approval"]

ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES: set[
    EnforcementActionWebhookDataStatus
] = {
    "approved",
    "pending_approval",
}


def check_enforcement_action_webhook_data_status(
    value: str,
) -> EnforcementActionWebhookDataStatus:
    if value in ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES!r}"
    )
