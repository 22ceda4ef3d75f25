from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
BudgetTimeUnit = Literal["annually", "monthly", "quarterly"] | UnknownEnumValue

BUDGET_TIME_UNIT_VALUES: frozenset[BudgetTimeUnit] = frozenset(
    {
        "annually",
        "monthly",
        "quarterly",
    }
)


def check_budget_time_unit(value: object, field: str = "BudgetTimeUnit") -> BudgetTimeUnit:
    if value in BUDGET_TIME_UNIT_VALUES:
        return value
    return unknown_enum_value(field, value, BUDGET_TIME_UNIT_VALUES)


def check_budget_time_unit_or_none(value: object, field: str = "BudgetTimeUnit") -> BudgetTimeUnit | None:
    if value is None or value in BUDGET_TIME_UNIT_VALUES:
        return value
    return unknown_enum_value(field, value, BUDGET_TIME_UNIT_VALUES)
