from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
AuditOutcome = Literal["failure", "success"] | UnknownEnumValue

AUDIT_OUTCOME_VALUES: frozenset[AuditOutcome] = frozenset(
    {
        "failure",
        "success",
    }
)


def check_audit_outcome(value: object, field: str = "AuditOutcome") -> AuditOutcome:
    if value in AUDIT_OUTCOME_VALUES:
        return value
    return unknown_enum_value(field, value, AUDIT_OUTCOME_VALUES)


def check_audit_outcome_or_none(value: object, field: str = "AuditOutcome") -> AuditOutcome | None:
    if value is None or value in AUDIT_OUTCOME_VALUES:
        return value
    return unknown_enum_value(field, value, AUDIT_OUTCOME_VALUES)
