from typing import Literal

BudgetThresholdType = Literal["absolute_value", "percentage"]

BUDGET_THRESHOLD_TYPE_VALUES: set[BudgetThresholdType] = {
    "absolute_value",
    "percentage",
}


def check_budget_threshold_type(value: str) -> BudgetThresholdType:
    if value in BUDGET_THRESHOLD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUDGET_THRESHOLD_TYPE_VALUES!r}"
    )
