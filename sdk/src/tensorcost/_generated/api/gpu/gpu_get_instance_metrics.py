from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gpu_metric_sample_list_response import GpuMetricSampleListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    hours: int | Unset = 24,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    params: dict[str, Any] = {}

    params["hours"] = hours

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gpu/instances/{id}/metrics".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GpuMetricSampleListResponse | None:
    if response.status_code == 200:
        response_200 = GpuMetricSampleListResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[ErrorResponse | GpuMetricSampleListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    hours: int | Unset = 24,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | GpuMetricSampleListResponse]:
    """Get GPU metrics for an instance

     The DCGM time series of one instance over the last `hours` hours: one sample per GPU
    index per collection interval (60 s by default), ordered by `timestamp` ascending, then
    `gpu_index`. `limit` caps the samples per page; follow `next_cursor` for the rest.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        id (str):
        hours (int | Unset):  Default: 24.
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GpuMetricSampleListResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        hours=hours,
        limit=limit,
        cursor=cursor,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    hours: int | Unset = 24,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | GpuMetricSampleListResponse | None:
    """Get GPU metrics for an instance

     The DCGM time series of one instance over the last `hours` hours: one sample per GPU
    index per collection interval (60 s by default), ordered by `timestamp` ascending, then
    `gpu_index`. `limit` caps the samples per page; follow `next_cursor` for the rest.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        id (str):
        hours (int | Unset):  Default: 24.
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GpuMetricSampleListResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        hours=hours,
        limit=limit,
        cursor=cursor,
        x_active_tenant_id=x_active_tenant_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    hours: int | Unset = 24,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | GpuMetricSampleListResponse]:
    """Get GPU metrics for an instance

     The DCGM time series of one instance over the last `hours` hours: one sample per GPU
    index per collection interval (60 s by default), ordered by `timestamp` ascending, then
    `gpu_index`. `limit` caps the samples per page; follow `next_cursor` for the rest.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        id (str):
        hours (int | Unset):  Default: 24.
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GpuMetricSampleListResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        hours=hours,
        limit=limit,
        cursor=cursor,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    hours: int | Unset = 24,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | GpuMetricSampleListResponse | None:
    """Get GPU metrics for an instance

     The DCGM time series of one instance over the last `hours` hours: one sample per GPU
    index per collection interval (60 s by default), ordered by `timestamp` ascending, then
    `gpu_index`. `limit` caps the samples per page; follow `next_cursor` for the rest.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        id (str):
        hours (int | Unset):  Default: 24.
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GpuMetricSampleListResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            hours=hours,
            limit=limit,
            cursor=cursor,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
