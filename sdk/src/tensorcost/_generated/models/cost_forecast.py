from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import forecast_interval as _forecast_interval
from ..models import forecast_period as _forecast_period
from ..models import time_window as _time_window
from ..models.forecast_granularity import (
    FORECAST_GRANULARITY_VALUES,
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
from ..types import (
    MoneyAs,
    model_repr,
    notebook_hooks,
    parse_datetime,
    parse_list,
    parse_object,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.forecast_interval import ForecastInterval
    from ..models.forecast_period import ForecastPeriod
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="CostForecast")
_FIELDS: frozenset[str] = frozenset(
    {
        "horizon_days",
        "granularity",
        "prediction_interval_level",
        "currency",
        "total",
        "results_by_time",
        "generated_at",
        "history_window",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.horizon_days = check_forecast_horizon_days(d["horizon_days"])
        obj.granularity = (
            v
            if (v := d["granularity"]) in FORECAST_GRANULARITY_VALUES
            else check_forecast_granularity(d["granularity"], "CostForecast.granularity")
        )
        obj.prediction_interval_level = check_prediction_interval_level(d["prediction_interval_level"])
        obj.currency = v if (v := d["currency"]).__class__ is str else parse_str(d["currency"])
        obj.total = _forecast_interval.ForecastInterval.from_dict(d["total"])
        obj.results_by_time = parse_list(_forecast_period.ForecastPeriod.from_dict, d["results_by_time"])
        obj.generated_at = parse_datetime(d["generated_at"])
        obj.history_window = _time_window.TimeWindow.from_dict(d["history_window"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 8 else {}
        )
        return obj

    def __repr__(self) -> str:
        return model_repr(self)

    def _repr_html_(self) -> str:
        """This CostForecast as an HTML table (Jupyter shows it)."""
        return notebook_hooks().repr_html(self, "forecast")

    def to_pandas(self, *, money: MoneyAs = "float") -> Any:
        """A DataFrame with one row per forecast period (needs `tensorcost[pandas]`); money as float64, or
        exact `Decimal`s with `money="decimal"`."""
        return notebook_hooks().to_pandas(self, "forecast", money)

    def plot(self, ax: Any = None) -> Any:
        """Draw the mean per period and the prediction interval as a band (matplotlib, needs
        `tensorcost[notebook]`); returns the axes."""
        return notebook_hooks().plot(self, "forecast", ax)

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
