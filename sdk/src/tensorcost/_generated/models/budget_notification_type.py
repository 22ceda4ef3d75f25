from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
BudgetNotificationType = Literal["actual", "forecasted"] | UnknownEnumValue

BUDGET_NOTIFICATION_TYPE_VALUES: frozenset[BudgetNotificationType] = frozenset(
    {
        "actual",
        "forecasted",
    }
)


def check_budget_notification_type(
    value: object, field: str = "BudgetNotificationType"
) -> BudgetNotificationType:
    if value in BUDGET_NOTIFICATION_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, BUDGET_NOTIFICATION_TYPE_VALUES)


def check_budget_notification_type_or_none(
    value: object, field: str = "BudgetNotificationType"
) -> BudgetNotificationType | None:
    if value is None or value in BUDGET_NOTIFICATION_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, BUDGET_NOTIFICATION_TYPE_VALUES)
