from typing import Literal

ForecastHorizonDays = Literal[30, 60, 90]

FORECAST_HORIZON_DAYS_VALUES: set[ForecastHorizonDays] = {
    30,
    60,
    90,
}


def check_forecast_horizon_days(value: int) -> ForecastHorizonDays:
    if value in FORECAST_HORIZON_DAYS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FORECAST_HORIZON_DAYS_VALUES!r}"
    )
