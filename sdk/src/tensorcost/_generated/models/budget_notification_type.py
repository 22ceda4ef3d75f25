from typing import Literal

from ..types import not_one_of

BudgetNotificationType = Literal["ACTUAL", "FORECASTED"]

BUDGET_NOTIFICATION_TYPE_VALUES: frozenset[BudgetNotificationType] = frozenset(
    {
        "ACTUAL",
        "FORECASTED",
    }
)


def check_budget_notification_type(value: object) -> BudgetNotificationType:
    if value in BUDGET_NOTIFICATION_TYPE_VALUES:
        return value
    raise not_one_of(value, BUDGET_NOTIFICATION_TYPE_VALUES)


def check_budget_notification_type_or_none(
    value: object,
) -> BudgetNotificationType | None:
    if value is None or value in BUDGET_NOTIFICATION_TYPE_VALUES:
        return value
    raise not_one_of(value, BUDGET_NOTIFICATION_TYPE_VALUES)
