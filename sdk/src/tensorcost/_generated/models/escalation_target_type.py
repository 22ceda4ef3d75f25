from typing import Literal

EscalationTargetType = Literal["channel", "schedule", "user"]

ESCALATION_TARGET_TYPE_VALUES: set[EscalationTargetType] = {
    "channel",
    "schedule",
    "user",
}


def check_escalation_target_type(value: str) -> EscalationTargetType:
    if value in ESCALATION_TARGET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ESCALATION_TARGET_TYPE_VALUES!r}"
    )
