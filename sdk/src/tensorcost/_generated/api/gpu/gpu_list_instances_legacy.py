from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.legacy_gpu_instance_list_response import LegacyGpuInstanceListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/instances",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LegacyGpuInstanceListResponse | None:
    if response.status_code == 200:
        response_200 = LegacyGpuInstanceListResponse.from_dict(response.json())

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

    if response.status_code == 410:
        response_410 = ErrorResponse.from_dict(response.json())

        return response_410

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
) -> Response[ErrorResponse | LegacyGpuInstanceListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | LegacyGpuInstanceListResponse]:
    """List GPU instances (deprecated)

     Deprecated pre-`/v1` path; use `gpu_list_instances` (`GET /v1/gpu/instances`). Until the
    sunset it answers like the first page of `gpu_list_instances` with default filters (no
    filter, cursor or limit parameters are read), plus `Deprecation`, `Sunset` and a `Link`
    to the successor. After Wed, 30 Sep 2026 23:59:59 GMT it answers 410 `GONE`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LegacyGpuInstanceListResponse]
    """

    kwargs = _get_kwargs(
        x_active_tenant_id=x_active_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | LegacyGpuInstanceListResponse | None:
    """List GPU instances (deprecated)

     Deprecated pre-`/v1` path; use `gpu_list_instances` (`GET /v1/gpu/instances`). Until the
    sunset it answers like the first page of `gpu_list_instances` with default filters (no
    filter, cursor or limit parameters are read), plus `Deprecation`, `Sunset` and a `Link`
    to the successor. After Wed, 30 Sep 2026 23:59:59 GMT it answers 410 `GONE`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LegacyGpuInstanceListResponse
    """

    return sync_detailed(
        client=client,
        x_active_tenant_id=x_active_tenant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | LegacyGpuInstanceListResponse]:
    """List GPU instances (deprecated)

     Deprecated pre-`/v1` path; use `gpu_list_instances` (`GET /v1/gpu/instances`). Until the
    sunset it answers like the first page of `gpu_list_instances` with default filters (no
    filter, cursor or limit parameters are read), plus `Deprecation`, `Sunset` and a `Link`
    to the successor. After Wed, 30 Sep 2026 23:59:59 GMT it answers 410 `GONE`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LegacyGpuInstanceListResponse]
    """

    kwargs = _get_kwargs(
        x_active_tenant_id=x_active_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | LegacyGpuInstanceListResponse | None:
    """List GPU instances (deprecated)

     Deprecated pre-`/v1` path; use `gpu_list_instances` (`GET /v1/gpu/instances`). Until the
    sunset it answers like the first page of `gpu_list_instances` with default filters (no
    filter, cursor or limit parameters are read), plus `Deprecation`, `Sunset` and a `Link`
    to the successor. After Wed, 30 Sep 2026 23:59:59 GMT it answers 410 `GONE`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LegacyGpuInstanceListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
