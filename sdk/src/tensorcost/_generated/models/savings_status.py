from typing import Literal

from ..types import not_one_of

SavingsStatus = Literal["projected", "realized", "reversed"]

SAVINGS_STATUS_VALUES: frozenset[SavingsStatus] = frozenset(
    {
        "projected",
        "realized",
        "reversed",
    }
)


def check_savings_status(value: object) -> SavingsStatus:
    if value in SAVINGS_STATUS_VALUES:
        return value
    raise not_one_of(value, SAVINGS_STATUS_VALUES)


def check_savings_status_or_none(value: object) -> SavingsStatus | None:
    if value is None or value in SAVINGS_STATUS_VALUES:
        return value
    raise not_one_of(value, SAVINGS_STATUS_VALUES)
