from typing import Literal

BudgetNotificationType = Literal["actual", "forecasted"]

BUDGET_NOTIFICATION_TYPE_VALUES: set[BudgetNotificationType] = {
    "actual",
    "forecasted",
}


def check_budget_notification_type(value: str) -> BudgetNotificationType:
    if value in BUDGET_NOTIFICATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUDGET_NOTIFICATION_TYPE_VALUES!r}"
    )
