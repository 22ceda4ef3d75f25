from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
SavingsStatus = Literal["projected", "realized", "reversed"] | UnknownEnumValue

SAVINGS_STATUS_VALUES: frozenset[SavingsStatus] = frozenset(
    {
        "projected",
        "realized",
        "reversed",
    }
)


def check_savings_status(value: object, field: str = "SavingsStatus") -> SavingsStatus:
    if value in SAVINGS_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, SAVINGS_STATUS_VALUES)


def check_savings_status_or_none(value: object, field: str = "SavingsStatus") -> SavingsStatus | None:
    if value is None or value in SAVINGS_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, SAVINGS_STATUS_VALUES)
