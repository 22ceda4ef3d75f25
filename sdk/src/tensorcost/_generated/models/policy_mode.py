from typing import Literal

PolicyMode = Literal["disabled", "dry_run", "enforce"]

POLICY_MODE_VALUES: set[PolicyMode] = {
    "disabled",
    "dry_run",
    "enforce",
}


def check_policy_mode(value: str) -> PolicyMode:
    if value in POLICY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POLICY_MODE_VALUES!r}"
    )
