from typing import Literal

AuditOutcome = Literal["failure", "success"]

AUDIT_OUTCOME_VALUES: set[AuditOutcome] = {
    "failure",
    "success",
}


def check_audit_outcome(value: str) -> AuditOutcome:
    if value in AUDIT_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIT_OUTCOME_VALUES!r}"
    )
