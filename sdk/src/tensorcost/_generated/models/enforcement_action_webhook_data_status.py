from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
EnforcementActionWebhookDataStatus = Literal["approved", "pending_approval"] | UnknownEnumValue

ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES: frozenset[EnforcementActionWebhookDataStatus] = frozenset(
    {
        "approved",
        "pending_approval",
    }
)


def check_enforcement_action_webhook_data_status(
    value: object, field: str = "EnforcementActionWebhookDataStatus"
) -> EnforcementActionWebhookDataStatus:
    if value in ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES)


def check_enforcement_action_webhook_data_status_or_none(
    value: object, field: str = "EnforcementActionWebhookDataStatus"
) -> EnforcementActionWebhookDataStatus | None:
    if value is None or value in ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES)
