from typing import Literal

ForecastGranularity = Literal["daily", "monthly"]

FORECAST_GRANULARITY_VALUES: set[ForecastGranularity] = {
    "daily",
    "monthly",
}


def check_forecast_granularity(value: str) -> ForecastGranularity:
    if value in FORECAST_GRANULARITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FORECAST_GRANULARITY_VALUES!r}"
    )
