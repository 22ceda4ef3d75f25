from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
EscalationTargetType = Literal["channel", "schedule", "user"] | UnknownEnumValue

ESCALATION_TARGET_TYPE_VALUES: frozenset[EscalationTargetType] = frozenset(
    {
        "channel",
        "schedule",
        "user",
    }
)


def check_escalation_target_type(value: object, field: str = "EscalationTargetType") -> EscalationTargetType:
    if value in ESCALATION_TARGET_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, ESCALATION_TARGET_TYPE_VALUES)


def check_escalation_target_type_or_none(
    value: object, field: str = "EscalationTargetType"
) -> EscalationTargetType | None:
    if value is None or value in ESCALATION_TARGET_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, ESCALATION_TARGET_TYPE_VALUES)
