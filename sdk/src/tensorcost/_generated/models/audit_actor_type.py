from typing import Literal

AuditActorType = Literal["agent", "system", "user"]

AUDIT_ACTOR_TYPE_VALUES: set[AuditActorType] = {
    "agent",
    "system",
    "user",
}


def check_audit_actor_type(value: str) -> AuditActorType:
    if value in AUDIT_ACTOR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIT_ACTOR_TYPE_VALUES!r}"
    )
