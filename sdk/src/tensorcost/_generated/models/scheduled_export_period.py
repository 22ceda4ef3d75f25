from typing import Literal

ScheduledExportPeriod = Literal[
    "month_to_date", "previous_day", "previous_month", "previous_week"
]

SCHEDULED_EXPORT_PERIOD_VALUES: set[ScheduledExportPeriod] = {
    "month_to_date",
    "previous_day",
    "previous_month",
    "previous_week",
}


def check_scheduled_export_period(value: str) -> ScheduledExportPeriod:
    if value in SCHEDULED_EXPORT_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCHEDULED_EXPORT_PERIOD_VALUES!r}"
    )
