from typing import Literal

from ..types import not_one_of

EscalationTargetType = Literal["channel", "schedule", "user"]

ESCALATION_TARGET_TYPE_VALUES: frozenset[EscalationTargetType] = frozenset(
    {
        "channel",
        "schedule",
        "user",
    }
)


def check_escalation_target_type(value: object) -> EscalationTargetType:
    if value in ESCALATION_TARGET_TYPE_VALUES:
        return value
    raise not_one_of(value, ESCALATION_TARGET_TYPE_VALUES)


def check_escalation_target_type_or_none(value: object) -> EscalationTargetType | None:
    if value is None or value in ESCALATION_TARGET_TYPE_VALUES:
        return value
    raise not_one_of(value, ESCALATION_TARGET_TYPE_VALUES)
