from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
ForecastGranularity = Literal["daily", "monthly"] | UnknownEnumValue

FORECAST_GRANULARITY_VALUES: frozenset[ForecastGranularity] = frozenset(
    {
        "daily",
        "monthly",
    }
)


def check_forecast_granularity(value: object, field: str = "ForecastGranularity") -> ForecastGranularity:
    if value in FORECAST_GRANULARITY_VALUES:
        return value
    return unknown_enum_value(field, value, FORECAST_GRANULARITY_VALUES)


def check_forecast_granularity_or_none(
    value: object, field: str = "ForecastGranularity"
) -> ForecastGranularity | None:
    if value is None or value in FORECAST_GRANULARITY_VALUES:
        return value
    return unknown_enum_value(field, value, FORECAST_GRANULARITY_VALUES)
