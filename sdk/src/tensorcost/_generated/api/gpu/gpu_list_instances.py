from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gpu_instance_list_response import GpuInstanceListResponse
from ...models.instance_state import InstanceState
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    state: InstanceState | Unset = UNSET,
    instance_type: str | Unset = UNSET,
    gpu_type: str | Unset = UNSET,
    region: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    params: dict[str, Any] = {}

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state

    params["state"] = json_state

    params["instance_type"] = instance_type

    params["gpu_type"] = gpu_type

    params["region"] = region

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gpu/instances",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GpuInstanceListResponse | None:
    if response.status_code == 200:
        response_200 = GpuInstanceListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GpuInstanceListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: InstanceState | Unset = UNSET,
    instance_type: str | Unset = UNSET,
    gpu_type: str | Unset = UNSET,
    region: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | GpuInstanceListResponse]:
    """List GPU instances

     The GPU fleet inventory: every instance TensorCost tracks, across clouds and on-prem hosts,
    newest launch first. Filters combine with AND: `state`, `instance_type`, `gpu_type` and
    `region` match exactly; every `key:value` pair in `tags` must be present on the instance.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        state (InstanceState | Unset): Lifecycle state of a GPU instance (the EC2 states minus
            `shutting-down`).
        instance_type (str | Unset):
        gpu_type (str | Unset):
        region (str | Unset):
        tags (list[str] | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GpuInstanceListResponse]
    """

    kwargs = _get_kwargs(
        state=state,
        instance_type=instance_type,
        gpu_type=gpu_type,
        region=region,
        tags=tags,
        limit=limit,
        cursor=cursor,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    state: InstanceState | Unset = UNSET,
    instance_type: str | Unset = UNSET,
    gpu_type: str | Unset = UNSET,
    region: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | GpuInstanceListResponse | None:
    """List GPU instances

     The GPU fleet inventory: every instance TensorCost tracks, across clouds and on-prem hosts,
    newest launch first. Filters combine with AND: `state`, `instance_type`, `gpu_type` and
    `region` match exactly; every `key:value` pair in `tags` must be present on the instance.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        state (InstanceState | Unset): Lifecycle state of a GPU instance (the EC2 states minus
            `shutting-down`).
        instance_type (str | Unset):
        gpu_type (str | Unset):
        region (str | Unset):
        tags (list[str] | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GpuInstanceListResponse
    """

    return sync_detailed(
        client=client,
        state=state,
        instance_type=instance_type,
        gpu_type=gpu_type,
        region=region,
        tags=tags,
        limit=limit,
        cursor=cursor,
        x_active_tenant_id=x_active_tenant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: InstanceState | Unset = UNSET,
    instance_type: str | Unset = UNSET,
    gpu_type: str | Unset = UNSET,
    region: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | GpuInstanceListResponse]:
    """List GPU instances

     The GPU fleet inventory: every instance TensorCost tracks, across clouds and on-prem hosts,
    newest launch first. Filters combine with AND: `state`, `instance_type`, `gpu_type` and
    `region` match exactly; every `key:value` pair in `tags` must be present on the instance.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        state (InstanceState | Unset): Lifecycle state of a GPU instance (the EC2 states minus
            `shutting-down`).
        instance_type (str | Unset):
        gpu_type (str | Unset):
        region (str | Unset):
        tags (list[str] | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GpuInstanceListResponse]
    """

    kwargs = _get_kwargs(
        state=state,
        instance_type=instance_type,
        gpu_type=gpu_type,
        region=region,
        tags=tags,
        limit=limit,
        cursor=cursor,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    state: InstanceState | Unset = UNSET,
    instance_type: str | Unset = UNSET,
    gpu_type: str | Unset = UNSET,
    region: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | GpuInstanceListResponse | None:
    """List GPU instances

     The GPU fleet inventory: every instance TensorCost tracks, across clouds and on-prem hosts,
    newest launch first. Filters combine with AND: `state`, `instance_type`, `gpu_type` and
    `region` match exactly; every `key:value` pair in `tags` must be present on the instance.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        state (InstanceState | Unset): Lifecycle state of a GPU instance (the EC2 states minus
            `shutting-down`).
        instance_type (str | Unset):
        gpu_type (str | Unset):
        region (str | Unset):
        tags (list[str] | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GpuInstanceListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            state=state,
            instance_type=instance_type,
            gpu_type=gpu_type,
            region=region,
            tags=tags,
            limit=limit,
            cursor=cursor,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
