from typing import Literal

from ..types import not_one_of

PolicyMode = Literal["disabled", "dry_run", "enforce"]

POLICY_MODE_VALUES: frozenset[PolicyMode] = frozenset(
    {
        "disabled",
        "dry_run",
        "enforce",
    }
)


def check_policy_mode(value: object) -> PolicyMode:
    if value in POLICY_MODE_VALUES:
        return value
    raise not_one_of(value, POLICY_MODE_VALUES)


def check_policy_mode_or_none(value: object) -> PolicyMode | None:
    if value is None or value in POLICY_MODE_VALUES:
        return value
    raise not_one_of(value, POLICY_MODE_VALUES)
