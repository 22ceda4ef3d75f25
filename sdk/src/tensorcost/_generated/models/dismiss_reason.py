from typing import Literal

DismissReason = Literal[
    "already_done", "inaccurate", "not_applicable", "other", "too_risky"
]

DISMISS_REASON_VALUES: set[DismissReason] = {
    "already_done",
    "inaccurate",
    "not_applicable",
    "other",
    "too_risky",
}


def check_dismiss_reason(value: str) -> DismissReason:
    if value in DISMISS_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DISMISS_REASON_VALUES!r}"
    )
