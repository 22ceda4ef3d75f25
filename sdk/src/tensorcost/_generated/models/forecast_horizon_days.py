from typing import Literal

from ..types import not_one_of

ForecastHorizonDays = Literal[30, 60, 90]

FORECAST_HORIZON_DAYS_VALUES: frozenset[ForecastHorizonDays] = frozenset(
    {
        30,
        60,
        90,
    }
)


def check_forecast_horizon_days(value: object) -> ForecastHorizonDays:
    if value in FORECAST_HORIZON_DAYS_VALUES:
        return value
    raise not_one_of(value, FORECAST_HORIZON_DAYS_VALUES)


def check_forecast_horizon_days_or_none(value: object) -> ForecastHorizonDays | None:
    if value is None or value in FORECAST_HORIZON_DAYS_VALUES:
        return value
    raise not_one_of(value, FORECAST_HORIZON_DAYS_VALUES)
