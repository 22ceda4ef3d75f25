from typing import Literal

BudgetTimeUnit = Literal["annually", "monthly", "quarterly"]

BUDGET_TIME_UNIT_VALUES: set[BudgetTimeUnit] = {
    "annually",
    "monthly",
    "quarterly",
}


def check_budget_time_unit(value: str) -> BudgetTimeUnit:
    if value in BUDGET_TIME_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUDGET_TIME_UNIT_VALUES!r}"
    )
