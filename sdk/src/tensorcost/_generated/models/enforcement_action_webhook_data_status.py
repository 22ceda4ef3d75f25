from typing import Literal

from ..types import not_one_of

EnforcementActionWebhookDataStatus = Literal["approved", "pending_approval"]

ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES: frozenset[
    EnforcementActionWebhookDataStatus
] = frozenset(
    {
        "approved",
        "pending_approval",
    }
)


def check_enforcement_action_webhook_data_status(
    value: object,
) -> EnforcementActionWebhookDataStatus:
    if value in ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES:
        return value
    raise not_one_of(value, ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES)


def check_enforcement_action_webhook_data_status_or_none(
    value: object,
) -> EnforcementActionWebhookDataStatus | None:
    if value is None or value in ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES:
        return value
    raise not_one_of(value, ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES)
