from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gpu_idle_instance_list_response import GpuIdleInstanceListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    threshold: float | Unset = UNSET,
    lookback_hours: int | Unset = 24,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    params: dict[str, Any] = {}

    params["threshold"] = threshold

    params["lookback_hours"] = lookback_hours

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gpu/instances/idle",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GpuIdleInstanceListResponse | None:
    if response.status_code == 200:
        response_200 = GpuIdleInstanceListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GpuIdleInstanceListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    threshold: float | Unset = UNSET,
    lookback_hours: int | Unset = 24,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | GpuIdleInstanceListResponse]:
    """List idle GPU instances

     Running instances whose average GPU activity over the last `lookback_hours` is below
    `threshold` percent, most wasted cost first. Activity is DCGM `gr_engine_active`
    (DCGM_FI_PROF_GR_ENGINE_ACTIVE) as a percentage, averaged over all GPUs and MIG slices of
    the instance; GPU_UTIL is not used because DCGM does not report it per MIG instance.
    Read-only: nothing is stopped (use an enforcement policy for that).

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        threshold (float | Unset):
        lookback_hours (int | Unset):  Default: 24.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GpuIdleInstanceListResponse]
    """

    kwargs = _get_kwargs(
        threshold=threshold,
        lookback_hours=lookback_hours,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    threshold: float | Unset = UNSET,
    lookback_hours: int | Unset = 24,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | GpuIdleInstanceListResponse | None:
    """List idle GPU instances

     Running instances whose average GPU activity over the last `lookback_hours` is below
    `threshold` percent, most wasted cost first. Activity is DCGM `gr_engine_active`
    (DCGM_FI_PROF_GR_ENGINE_ACTIVE) as a percentage, averaged over all GPUs and MIG slices of
    the instance; GPU_UTIL is not used because DCGM does not report it per MIG instance.
    Read-only: nothing is stopped (use an enforcement policy for that).

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        threshold (float | Unset):
        lookback_hours (int | Unset):  Default: 24.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GpuIdleInstanceListResponse
    """

    return sync_detailed(
        client=client,
        threshold=threshold,
        lookback_hours=lookback_hours,
        x_active_tenant_id=x_active_tenant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    threshold: float | Unset = UNSET,
    lookback_hours: int | Unset = 24,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | GpuIdleInstanceListResponse]:
    """List idle GPU instances

     Running instances whose average GPU activity over the last `lookback_hours` is below
    `threshold` percent, most wasted cost first. Activity is DCGM `gr_engine_active`
    (DCGM_FI_PROF_GR_ENGINE_ACTIVE) as a percentage, averaged over all GPUs and MIG slices of
    the instance; GPU_UTIL is not used because DCGM does not report it per MIG instance.
    Read-only: nothing is stopped (use an enforcement policy for that).

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        threshold (float | Unset):
        lookback_hours (int | Unset):  Default: 24.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GpuIdleInstanceListResponse]
    """

    kwargs = _get_kwargs(
        threshold=threshold,
        lookback_hours=lookback_hours,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    threshold: float | Unset = UNSET,
    lookback_hours: int | Unset = 24,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | GpuIdleInstanceListResponse | None:
    """List idle GPU instances

     Running instances whose average GPU activity over the last `lookback_hours` is below
    `threshold` percent, most wasted cost first. Activity is DCGM `gr_engine_active`
    (DCGM_FI_PROF_GR_ENGINE_ACTIVE) as a percentage, averaged over all GPUs and MIG slices of
    the instance; GPU_UTIL is not used because DCGM does not report it per MIG instance.
    Read-only: nothing is stopped (use an enforcement policy for that).

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        threshold (float | Unset):
        lookback_hours (int | Unset):  Default: 24.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GpuIdleInstanceListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            threshold=threshold,
            lookback_hours=lookback_hours,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
