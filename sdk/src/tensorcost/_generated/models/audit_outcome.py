from typing import Literal

from ..types import not_one_of

AuditOutcome = Literal["failure", "success"]

AUDIT_OUTCOME_VALUES: frozenset[AuditOutcome] = frozenset(
    {
        "failure",
        "success",
    }
)


def check_audit_outcome(value: object) -> AuditOutcome:
    if value in AUDIT_OUTCOME_VALUES:
        return value
    raise not_one_of(value, AUDIT_OUTCOME_VALUES)


def check_audit_outcome_or_none(value: object) -> AuditOutcome | None:
    if value is None or value in AUDIT_OUTCOME_VALUES:
        return value
    raise not_one_of(value, AUDIT_OUTCOME_VALUES)
