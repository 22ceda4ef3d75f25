from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.budget_list_response import BudgetListResponse
from ...models.error_response import ErrorResponse
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
        "url": "/v1/cost/budgets",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BudgetListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BudgetListResponse.from_dict(response.json())

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
) -> Response[BudgetListResponse | ErrorResponse]:
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
) -> Response[BudgetListResponse | ErrorResponse]:
    """List budgets

     Every budget of the tenant as a flat list that encodes the hierarchy (`parent_id`,
    `children_ids`; roots have `parent_id: null`), each with its spend and burn rate for the
    current period of its `time_unit`, and its alert thresholds. Thresholds that have been
    crossed this period carry `crossed_at`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetListResponse | ErrorResponse]
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
) -> BudgetListResponse | ErrorResponse | None:
    """List budgets

     Every budget of the tenant as a flat list that encodes the hierarchy (`parent_id`,
    `children_ids`; roots have `parent_id: null`), each with its spend and burn rate for the
    current period of its `time_unit`, and its alert thresholds. Thresholds that have been
    crossed this period carry `crossed_at`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        x_active_tenant_id=x_active_tenant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[BudgetListResponse | ErrorResponse]:
    """List budgets

     Every budget of the tenant as a flat list that encodes the hierarchy (`parent_id`,
    `children_ids`; roots have `parent_id: null`), each with its spend and burn rate for the
    current period of its `time_unit`, and its alert thresholds. Thresholds that have been
    crossed this period carry `crossed_at`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetListResponse | ErrorResponse]
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
) -> BudgetListResponse | ErrorResponse | None:
    """List budgets

     Every budget of the tenant as a flat list that encodes the hierarchy (`parent_id`,
    `children_ids`; roots have `parent_id: null`), each with its spend and burn rate for the
    current period of its `time_unit`, and its alert thresholds. Thresholds that have been
    crossed this period carry `crossed_at`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
