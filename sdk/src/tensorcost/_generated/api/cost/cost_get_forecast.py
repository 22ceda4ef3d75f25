from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cost_forecast_response import CostForecastResponse
from ...models.error_response import ErrorResponse
from ...models.forecast_granularity import (
    ForecastGranularity,
)
from ...models.forecast_horizon_days import (
    ForecastHorizonDays,
)
from ...models.prediction_interval_level import (
    PredictionIntervalLevel,
)
from ...types import UNSET, Response, Unset


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CostForecastResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CostForecastResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CostForecastResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    horizon_days: ForecastHorizonDays | Unset = UNSET,
    granularity: ForecastGranularity | Unset = UNSET,
    prediction_interval_level: PredictionIntervalLevel | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[CostForecastResponse | ErrorResponse]:
    """Get the cost forecast

     Forecast of tenant-wide effective cost from now for the next `horizon_days` days, modelled
    on AWS GetCostForecast: a mean and a prediction interval at `prediction_interval_level`
    percent, for the whole horizon (`total`) and per `granularity` period (`results_by_time`;
    the first and last periods are clipped to the horizon). `history_window` is the history
    the model was fitted on.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        horizon_days (ForecastHorizonDays | Unset): How many days ahead a forecast reaches.
            Closed: the API reference names exactly the 30/60/90-day forecasts.
        granularity (ForecastGranularity | Unset): Length of each forecast period.
        prediction_interval_level (PredictionIntervalLevel | Unset): Confidence level, in percent,
            of a forecast's `lower_bound` and `upper_bound`.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CostForecastResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        horizon_days=horizon_days,
        granularity=granularity,
        prediction_interval_level=prediction_interval_level,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    horizon_days: ForecastHorizonDays | Unset = UNSET,
    granularity: ForecastGranularity | Unset = UNSET,
    prediction_interval_level: PredictionIntervalLevel | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> CostForecastResponse | ErrorResponse | None:
    """Get the cost forecast

     Forecast of tenant-wide effective cost from now for the next `horizon_days` days, modelled
    on AWS GetCostForecast: a mean and a prediction interval at `prediction_interval_level`
    percent, for the whole horizon (`total`) and per `granularity` period (`results_by_time`;
    the first and last periods are clipped to the horizon). `history_window` is the history
    the model was fitted on.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        horizon_days (ForecastHorizonDays | Unset): How many days ahead a forecast reaches.
            Closed: the API reference names exactly the 30/60/90-day forecasts.
        granularity (ForecastGranularity | Unset): Length of each forecast period.
        prediction_interval_level (PredictionIntervalLevel | Unset): Confidence level, in percent,
            of a forecast's `lower_bound` and `upper_bound`.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CostForecastResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        horizon_days=horizon_days,
        granularity=granularity,
        prediction_interval_level=prediction_interval_level,
        x_active_tenant_id=x_active_tenant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    horizon_days: ForecastHorizonDays | Unset = UNSET,
    granularity: ForecastGranularity | Unset = UNSET,
    prediction_interval_level: PredictionIntervalLevel | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[CostForecastResponse | ErrorResponse]:
    """Get the cost forecast

     Forecast of tenant-wide effective cost from now for the next `horizon_days` days, modelled
    on AWS GetCostForecast: a mean and a prediction interval at `prediction_interval_level`
    percent, for the whole horizon (`total`) and per `granularity` period (`results_by_time`;
    the first and last periods are clipped to the horizon). `history_window` is the history
    the model was fitted on.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        horizon_days (ForecastHorizonDays | Unset): How many days ahead a forecast reaches.
            Closed: the API reference names exactly the 30/60/90-day forecasts.
        granularity (ForecastGranularity | Unset): Length of each forecast period.
        prediction_interval_level (PredictionIntervalLevel | Unset): Confidence level, in percent,
            of a forecast's `lower_bound` and `upper_bound`.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CostForecastResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        horizon_days=horizon_days,
        granularity=granularity,
        prediction_interval_level=prediction_interval_level,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    horizon_days: ForecastHorizonDays | Unset = UNSET,
    granularity: ForecastGranularity | Unset = UNSET,
    prediction_interval_level: PredictionIntervalLevel | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> CostForecastResponse | ErrorResponse | None:
    """Get the cost forecast

     Forecast of tenant-wide effective cost from now for the next `horizon_days` days, modelled
    on AWS GetCostForecast: a mean and a prediction interval at `prediction_interval_level`
    percent, for the whole horizon (`total`) and per `granularity` period (`results_by_time`;
    the first and last periods are clipped to the horizon). `history_window` is the history
    the model was fitted on.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        horizon_days (ForecastHorizonDays | Unset): How many days ahead a forecast reaches.
            Closed: the API reference names exactly the 30/60/90-day forecasts.
        granularity (ForecastGranularity | Unset): Length of each forecast period.
        prediction_interval_level (PredictionIntervalLevel | Unset): Confidence level, in percent,
            of a forecast's `lower_bound` and `upper_bound`.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CostForecastResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            horizon_days=horizon_days,
            granularity=granularity,
            prediction_interval_level=prediction_interval_level,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
