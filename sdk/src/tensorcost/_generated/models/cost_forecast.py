from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forecast_granularity import (
    ForecastGranularity,
    check_forecast_granularity,
)
from ..models.forecast_horizon_days import (
    ForecastHorizonDays,
    check_forecast_horizon_days,
)
from ..models.prediction_interval_level import (
    PredictionIntervalLevel,
    check_prediction_interval_level,
)

if TYPE_CHECKING:
    from ..models.forecast_interval import ForecastInterval
    from ..models.forecast_period import ForecastPeriod
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="CostForecast")


@_attrs_define
class CostForecast:
    """Forecast of tenant-wide effective cost from now to now plus `horizon_days`."""

    horizon_days: ForecastHorizonDays
    """ How many days ahead a forecast reaches. Closed: the API reference names exactly the 30/60/90-day forecasts.
    """
    granularity: ForecastGranularity
    """ Length of each forecast period. """
    prediction_interval_level: PredictionIntervalLevel
    """ Confidence level, in percent, of a forecast's `lower_bound` and `upper_bound`. """
    currency: str
    """ Currency of every amount. """
    total: ForecastInterval
    """ A forecast value with its prediction interval (after AWS GetCostForecast). """
    results_by_time: list[ForecastPeriod]
    """ One entry per period, in time order; the first and last periods are clipped to the horizon. """
    generated_at: datetime.datetime
    """ When the forecast was computed. """
    history_window: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        horizon_days: int = self.horizon_days

        granularity: str = self.granularity

        prediction_interval_level: int = self.prediction_interval_level

        currency = self.currency

        total = self.total.to_dict()

        results_by_time = []
        for results_by_time_item_data in self.results_by_time:
            results_by_time_item = results_by_time_item_data.to_dict()
            results_by_time.append(results_by_time_item)

        generated_at = self.generated_at.isoformat()

        history_window = self.history_window.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "horizon_days": horizon_days,
                "granularity": granularity,
                "prediction_interval_level": prediction_interval_level,
                "currency": currency,
                "total": total,
                "results_by_time": results_by_time,
                "generated_at": generated_at,
                "history_window": history_window,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forecast_interval import ForecastInterval  # noqa: PLC0415
        from ..models.forecast_period import ForecastPeriod  # noqa: PLC0415
        from ..models.time_window import TimeWindow  # noqa: PLC0415

        d = dict(src_dict)
        horizon_days = check_forecast_horizon_days(d.pop("horizon_days"))

        granularity = check_forecast_granularity(d.pop("granularity"))

        prediction_interval_level = check_prediction_interval_level(
            d.pop("prediction_interval_level")
        )

        currency = d.pop("currency")

        total = ForecastInterval.from_dict(d.pop("total"))

        results_by_time = []
        _results_by_time = d.pop("results_by_time")
        for results_by_time_item_data in _results_by_time:
            results_by_time_item = ForecastPeriod.from_dict(results_by_time_item_data)

            results_by_time.append(results_by_time_item)

        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        history_window = TimeWindow.from_dict(d.pop("history_window"))

        cost_forecast = cls(
            horizon_days=horizon_days,
            granularity=granularity,
            prediction_interval_level=prediction_interval_level,
            currency=currency,
            total=total,
            results_by_time=results_by_time,
            generated_at=generated_at,
            history_window=history_window,
        )

        cost_forecast.additional_properties = d
        return cost_forecast

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
