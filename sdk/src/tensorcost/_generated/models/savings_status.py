from typing import Literal

SavingsStatus = Literal["projected", "realized", "reversed"]

SAVINGS_STATUS_VALUES: set[SavingsStatus] = {
    "projected",
    "realized",
    "reversed",
}


def check_savings_status(value: str) -> SavingsStatus:
    if value in SAVINGS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAVINGS_STATUS_VALUES!r}"
    )
