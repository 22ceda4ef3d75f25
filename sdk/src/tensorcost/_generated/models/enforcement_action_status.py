from typing import Literal

from ..types import not_one_of

EnforcementActionStatus = Literal[
    "approved",
    "cancelled",
    "executing",
    "expired",
    "failed",
    "pending_approval",
    "succeeded",
]

ENFORCEMENT_ACTION_STATUS_VALUES: frozenset[EnforcementActionStatus] = frozenset(
    {
        "approved",
        "cancelled",
        "executing",
        "expired",
        "failed",
        "pending_approval",
        "succeeded",
    }
)


def check_enforcement_action_status(value: object) -> EnforcementActionStatus:
    if value in ENFORCEMENT_ACTION_STATUS_VALUES:
        return value
    raise not_one_of(value, ENFORCEMENT_ACTION_STATUS_VALUES)


def check_enforcement_action_status_or_none(
    value: object,
) -> EnforcementActionStatus | None:
    if value is None or value in ENFORCEMENT_ACTION_STATUS_VALUES:
        return value
    raise not_one_of(value, ENFORCEMENT_ACTION_STATUS_VALUES)
