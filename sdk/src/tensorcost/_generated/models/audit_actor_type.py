from typing import Literal

from ..types import not_one_of

AuditActorType = Literal["agent", "system", "user"]

AUDIT_ACTOR_TYPE_VALUES: frozenset[AuditActorType] = frozenset(
    {
        "agent",
        "system",
        "user",
    }
)


def check_audit_actor_type(value: object) -> AuditActorType:
    if value in AUDIT_ACTOR_TYPE_VALUES:
        return value
    raise not_one_of(value, AUDIT_ACTOR_TYPE_VALUES)


def check_audit_actor_type_or_none(value: object) -> AuditActorType | None:
    if value is None or value in AUDIT_ACTOR_TYPE_VALUES:
        return value
    raise not_one_of(value, AUDIT_ACTOR_TYPE_VALUES)
