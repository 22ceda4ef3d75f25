from typing import Literal

from ..types import not_one_of

ScheduledExportPeriod = Literal[
    "month_to_date", "previous_day", "previous_month", "previous_week"
]

SCHEDULED_EXPORT_PERIOD_VALUES: frozenset[ScheduledExportPeriod] = frozenset(
    {
        "month_to_date",
        "previous_day",
        "previous_month",
        "previous_week",
    }
)


def check_scheduled_export_period(value: object) -> ScheduledExportPeriod:
    if value in SCHEDULED_EXPORT_PERIOD_VALUES:
        return value
    raise not_one_of(value, SCHEDULED_EXPORT_PERIOD_VALUES)


def check_scheduled_export_period_or_none(
    value: object,
) -> ScheduledExportPeriod | None:
    if value is None or value in SCHEDULED_EXPORT_PERIOD_VALUES:
        return value
    raise not_one_of(value, SCHEDULED_EXPORT_PERIOD_VALUES)
