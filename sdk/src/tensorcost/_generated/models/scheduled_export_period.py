from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
ScheduledExportPeriod = (
    Literal["month_to_date", "previous_day", "previous_month", "previous_week"] | UnknownEnumValue
)

SCHEDULED_EXPORT_PERIOD_VALUES: frozenset[ScheduledExportPeriod] = frozenset(
    {
        "month_to_date",
        "previous_day",
        "previous_month",
        "previous_week",
    }
)


def check_scheduled_export_period(
    value: object, field: str = "ScheduledExportPeriod"
) -> ScheduledExportPeriod:
    if value in SCHEDULED_EXPORT_PERIOD_VALUES:
        return value
    return unknown_enum_value(field, value, SCHEDULED_EXPORT_PERIOD_VALUES)


def check_scheduled_export_period_or_none(
    value: object, field: str = "ScheduledExportPeriod"
) -> ScheduledExportPeriod | None:
    if value is None or value in SCHEDULED_EXPORT_PERIOD_VALUES:
        return value
    return unknown_enum_value(field, value, SCHEDULED_EXPORT_PERIOD_VALUES)
