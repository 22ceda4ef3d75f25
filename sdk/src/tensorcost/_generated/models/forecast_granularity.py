from typing import Literal

from ..types import not_one_of

ForecastGranularity = Literal["DAILY", "MONTHLY"]

FORECAST_GRANULARITY_VALUES: frozenset[ForecastGranularity] = frozenset(
    {
        "DAILY",
        "MONTHLY",
    }
)


def check_forecast_granularity(value: object) -> ForecastGranularity:
    if value in FORECAST_GRANULARITY_VALUES:
        return value
    raise not_one_of(value, FORECAST_GRANULARITY_VALUES)


def check_forecast_granularity_or_none(value: object) -> ForecastGranularity | None:
    if value is None or value in FORECAST_GRANULARITY_VALUES:
        return value
    raise not_one_of(value, FORECAST_GRANULARITY_VALUES)
