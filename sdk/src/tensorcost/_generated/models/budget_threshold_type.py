from typing import Literal

from ..types import not_one_of

BudgetThresholdType = Literal["ABSOLUTE_VALUE", "PERCENTAGE"]

BUDGET_THRESHOLD_TYPE_VALUES: frozenset[BudgetThresholdType] = frozenset(
    {
        "ABSOLUTE_VALUE",
        "PERCENTAGE",
    }
)


def check_budget_threshold_type(value: object) -> BudgetThresholdType:
    if value in BUDGET_THRESHOLD_TYPE_VALUES:
        return value
    raise not_one_of(value, BUDGET_THRESHOLD_TYPE_VALUES)


def check_budget_threshold_type_or_none(value: object) -> BudgetThresholdType | None:
    if value is None or value in BUDGET_THRESHOLD_TYPE_VALUES:
        return value
    raise not_one_of(value, BUDGET_THRESHOLD_TYPE_VALUES)
