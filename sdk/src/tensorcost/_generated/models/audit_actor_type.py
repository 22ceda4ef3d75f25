from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
AuditActorType = Literal["agent", "system", "user"] | UnknownEnumValue

AUDIT_ACTOR_TYPE_VALUES: frozenset[AuditActorType] = frozenset(
    {
        "agent",
        "system",
        "user",
    }
)


def check_audit_actor_type(value: object, field: str = "AuditActorType") -> AuditActorType:
    if value in AUDIT_ACTOR_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, AUDIT_ACTOR_TYPE_VALUES)


def check_audit_actor_type_or_none(value: object, field: str = "AuditActorType") -> AuditActorType | None:
    if value is None or value in AUDIT_ACTOR_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, AUDIT_ACTOR_TYPE_VALUES)
