from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enforcement_action_list_response import EnforcementActionListResponse
from ...models.enforcement_action_status import (
    EnforcementActionStatus,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: EnforcementActionStatus | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/enforcement/actions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnforcementActionListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EnforcementActionListResponse.from_dict(response.json())

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
) -> Response[EnforcementActionListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: EnforcementActionStatus | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[EnforcementActionListResponse | ErrorResponse]:
    """List the action queue

     Actions queued by `enforce`-mode policies and by accepted recommendations, newest
    `requested_at` first. `status` narrows the list to one state, e.g. `pending_approval` for
    what waits on a human. Pending actions move to `expired` when `expires_at` passes.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        status (EnforcementActionStatus | Unset): Where a queued action is: `pending_approval`
            waits for a human (until `expires_at`, then
            `expired`); `approved` waits for the executor; `executing`, then `succeeded` or `failed`;
            `cancelled` was stopped before it started.
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnforcementActionListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        status=status,
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
    status: EnforcementActionStatus | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> EnforcementActionListResponse | ErrorResponse | None:
    """List the action queue

     Actions queued by `enforce`-mode policies and by accepted recommendations, newest
    `requested_at` first. `status` narrows the list to one state, e.g. `pending_approval` for
    what waits on a human. Pending actions move to `expired` when `expires_at` passes.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        status (EnforcementActionStatus | Unset): Where a queued action is: `pending_approval`
            waits for a human (until `expires_at`, then
            `expired`); `approved` waits for the executor; `executing`, then `succeeded` or `failed`;
            `cancelled` was stopped before it started.
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnforcementActionListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        limit=limit,
        cursor=cursor,
        x_active_tenant_id=x_active_tenant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: EnforcementActionStatus | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[EnforcementActionListResponse | ErrorResponse]:
    """List the action queue

     Actions queued by `enforce`-mode policies and by accepted recommendations, newest
    `requested_at` first. `status` narrows the list to one state, e.g. `pending_approval` for
    what waits on a human. Pending actions move to `expired` when `expires_at` passes.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        status (EnforcementActionStatus | Unset): Where a queued action is: `pending_approval`
            waits for a human (until `expires_at`, then
            `expired`); `approved` waits for the executor; `executing`, then `succeeded` or `failed`;
            `cancelled` was stopped before it started.
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnforcementActionListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        cursor=cursor,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: EnforcementActionStatus | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> EnforcementActionListResponse | ErrorResponse | None:
    """List the action queue

     Actions queued by `enforce`-mode policies and by accepted recommendations, newest
    `requested_at` first. `status` narrows the list to one state, e.g. `pending_approval` for
    what waits on a human. Pending actions move to `expired` when `expires_at` passes.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        status (EnforcementActionStatus | Unset): Where a queued action is: `pending_approval`
            waits for a human (until `expires_at`, then
            `expired`); `approved` waits for the executor; `executing`, then `succeeded` or `failed`;
            `cancelled` was stopped before it started.
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnforcementActionListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            limit=limit,
            cursor=cursor,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
