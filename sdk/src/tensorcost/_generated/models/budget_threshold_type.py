from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
BudgetThresholdType = Literal["absolute_value", "percentage"] | UnknownEnumValue

BUDGET_THRESHOLD_TYPE_VALUES: frozenset[BudgetThresholdType] = frozenset(
    {
        "absolute_value",
        "percentage",
    }
)


def check_budget_threshold_type(value: object, field: str = "BudgetThresholdType") -> BudgetThresholdType:
    if value in BUDGET_THRESHOLD_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, BUDGET_THRESHOLD_TYPE_VALUES)


def check_budget_threshold_type_or_none(
    value: object, field: str = "BudgetThresholdType"
) -> BudgetThresholdType | None:
    if value is None or value in BUDGET_THRESHOLD_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, BUDGET_THRESHOLD_TYPE_VALUES)
