from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
EnforcementActionStatus = (
    Literal["approved", "cancelled", "executing", "expired", "failed", "pending_approval", "succeeded"]
    | UnknownEnumValue
)

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


def check_enforcement_action_status(
    value: object, field: str = "EnforcementActionStatus"
) -> EnforcementActionStatus:
    if value in ENFORCEMENT_ACTION_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, ENFORCEMENT_ACTION_STATUS_VALUES)


def check_enforcement_action_status_or_none(
    value: object, field: str = "EnforcementActionStatus"
) -> EnforcementActionStatus | None:
    if value is None or value in ENFORCEMENT_ACTION_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, ENFORCEMENT_ACTION_STATUS_VALUES)
