from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.member_list_response import MemberListResponse
from ...models.member_status import MemberStatus
from ...models.role import Role
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    role: Role | Unset = UNSET,
    status: MemberStatus | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_role: str | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = role

    params["role"] = json_role

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/tenant/members",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MemberListResponse | None:
    if response.status_code == 200:
        response_200 = MemberListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MemberListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    role: Role | Unset = UNSET,
    status: MemberStatus | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | MemberListResponse]:
    """List members

     Members of the tenant with their roles and status, ordered by email. Filter by `role`
    and by `status` (e.g. `invited` for invitations not yet accepted).

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        role (Role | Unset): A member's role in a tenant. Viewers may only read.
        status (MemberStatus | Unset): `invited`: invitation not yet accepted. `active`: can sign
            in. `suspended`: may not sign in; keeps role and history.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MemberListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        role=role,
        status=status,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    role: Role | Unset = UNSET,
    status: MemberStatus | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | MemberListResponse | None:
    """List members

     Members of the tenant with their roles and status, ordered by email. Filter by `role`
    and by `status` (e.g. `invited` for invitations not yet accepted).

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        role (Role | Unset): A member's role in a tenant. Viewers may only read.
        status (MemberStatus | Unset): `invited`: invitation not yet accepted. `active`: can sign
            in. `suspended`: may not sign in; keeps role and history.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MemberListResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        role=role,
        status=status,
        x_active_tenant_id=x_active_tenant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    role: Role | Unset = UNSET,
    status: MemberStatus | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | MemberListResponse]:
    """List members

     Members of the tenant with their roles and status, ordered by email. Filter by `role`
    and by `status` (e.g. `invited` for invitations not yet accepted).

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        role (Role | Unset): A member's role in a tenant. Viewers may only read.
        status (MemberStatus | Unset): `invited`: invitation not yet accepted. `active`: can sign
            in. `suspended`: may not sign in; keeps role and history.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MemberListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        role=role,
        status=status,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    role: Role | Unset = UNSET,
    status: MemberStatus | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | MemberListResponse | None:
    """List members

     Members of the tenant with their roles and status, ordered by email. Filter by `role`
    and by `status` (e.g. `invited` for invitations not yet accepted).

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        role (Role | Unset): A member's role in a tenant. Viewers may only read.
        status (MemberStatus | Unset): `invited`: invitation not yet accepted. `active`: can sign
            in. `suspended`: may not sign in; keeps role and history.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MemberListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            role=role,
            status=status,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
