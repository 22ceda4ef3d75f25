"""Request builder of `cost_get_forecast`: GET `/v1/cost/forecast`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from ...types import UNSET, Unset

# The models appear in annotations only (`_get_kwargs` calls a body's `to_dict`).
if TYPE_CHECKING:
    from ...models.forecast_granularity import ForecastGranularity
    from ...models.forecast_horizon_days import (
        ForecastHorizonDays,
    )
    from ...models.prediction_interval_level import (
        PredictionIntervalLevel,
    )


def _get_kwargs(
    *,
    horizon_days: ForecastHorizonDays | Unset = UNSET,
    granularity: ForecastGranularity | Unset = UNSET,
    prediction_interval_level: PredictionIntervalLevel | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    params: dict[str, Any] = {}

    json_horizon_days: int | Unset = UNSET
    if not isinstance(horizon_days, Unset):
        json_horizon_days = horizon_days

    params["horizon_days"] = json_horizon_days

    json_granularity: str | Unset = UNSET
    if not isinstance(granularity, Unset):
        json_granularity = granularity

    params["granularity"] = json_granularity

    json_prediction_interval_level: int | Unset = UNSET
    if not isinstance(prediction_interval_level, Unset):
        json_prediction_interval_level = prediction_interval_level

    params["prediction_interval_level"] = json_prediction_interval_level

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cost/forecast",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
