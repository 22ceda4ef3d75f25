from typing import Literal

EnforcementActionStatus = Literal[
    "approved",
    "cancelled",
    "executing",
    "expired",
    "failed",
    "pending_approval",
    "succeeded",
]

ENFORCEMENT_ACTION_STATUS_VALUES: set[EnforcementActionStatus] = {
    "approved",
    "cancelled",
    "executing",
    "expired",
    "failed",
    "pending_approval",
    "succeeded",
}


def check_enforcement_action_status(value: str) -> EnforcementActionStatus:
    if value in ENFORCEMENT_ACTION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENFORCEMENT_ACTION_STATUS_VALUES!r}"
    )
