from typing import Literal

EnforcementPolicyResumeMode = Literal["dry_run", "enforce"]

ENFORCEMENT_POLICY_RESUME_MODE_VALUES: set[EnforcementPolicyResumeMode] = {
    "dry_run",
    "enforce",
}


def check_enforcement_policy_resume_mode(value: str) -> EnforcementPolicyResumeMode:
    if value in ENFORCEMENT_POLICY_RESUME_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENFORCEMENT_POLICY_RESUME_MODE_VALUES!r}"
    )
