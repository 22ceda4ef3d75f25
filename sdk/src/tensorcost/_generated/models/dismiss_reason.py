from typing import Literal

from ..types import not_one_of

DismissReason = Literal[
    "already_done", "inaccurate", "not_applicable", "other", "too_risky"
]

DISMISS_REASON_VALUES: frozenset[DismissReason] = frozenset(
    {
        "already_done",
        "inaccurate",
        "not_applicable",
        "other",
        "too_risky",
    }
)


def check_dismiss_reason(value: object) -> DismissReason:
    if value in DISMISS_REASON_VALUES:
        return value
    raise not_one_of(value, DISMISS_REASON_VALUES)


def check_dismiss_reason_or_none(value: object) -> DismissReason | None:
    if value is None or value in DISMISS_REASON_VALUES:
        return value
    raise not_one_of(value, DISMISS_REASON_VALUES)
