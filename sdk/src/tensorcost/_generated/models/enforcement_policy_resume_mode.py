from typing import Literal

from ..types import not_one_of

EnforcementPolicyResumeMode = Literal["dry_run", "enforce"]

ENFORCEMENT_POLICY_RESUME_MODE_VALUES: frozenset[EnforcementPolicyResumeMode] = (
    frozenset(
        {
            "dry_run",
            "enforce",
        }
    )
)


def check_enforcement_policy_resume_mode(value: object) -> EnforcementPolicyResumeMode:
    if value in ENFORCEMENT_POLICY_RESUME_MODE_VALUES:
        return value
    raise not_one_of(value, ENFORCEMENT_POLICY_RESUME_MODE_VALUES)


def check_enforcement_policy_resume_mode_or_none(
    value: object,
) -> EnforcementPolicyResumeMode | None:
    if value is None or value in ENFORCEMENT_POLICY_RESUME_MODE_VALUES:
        return value
    raise not_one_of(value, ENFORCEMENT_POLICY_RESUME_MODE_VALUES)
