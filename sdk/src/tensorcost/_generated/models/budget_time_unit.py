from typing import Literal

from ..types import not_one_of

BudgetTimeUnit = Literal["ANNUALLY", "MONTHLY", "QUARTERLY"]

BUDGET_TIME_UNIT_VALUES: frozenset[BudgetTimeUnit] = frozenset(
    {
        "ANNUALLY",
        "MONTHLY",
        "QUARTERLY",
    }
)


def check_budget_time_unit(value: object) -> BudgetTimeUnit:
    if value in BUDGET_TIME_UNIT_VALUES:
        return value
    raise not_one_of(value, BUDGET_TIME_UNIT_VALUES)


def check_budget_time_unit_or_none(value: object) -> BudgetTimeUnit | None:
    if value is None or value in BUDGET_TIME_UNIT_VALUES:
        return value
    raise not_one_of(value, BUDGET_TIME_UNIT_VALUES)
