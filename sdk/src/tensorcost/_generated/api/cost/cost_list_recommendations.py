from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.recommendation_list_response import RecommendationListResponse
from ...models.recommendation_status import (
    RecommendationStatus,
)
from ...models.recommendation_type import RecommendationType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: RecommendationType | Unset = UNSET,
    status: RecommendationStatus | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cost/recommendations",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RecommendationListResponse | None:
    if response.status_code == 200:
        response_200 = RecommendationListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RecommendationListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: RecommendationType | Unset = UNSET,
    status: RecommendationStatus | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | RecommendationListResponse]:
    """List recommendations

     Recommendations from every recommender (model routing, prompt cache, provisioned
    throughput, GPU idle, GPU rightsizing, MIG repartitioning), largest estimated monthly
    savings first. `type` narrows to one recommender; `status` defaults to `open`, the
    recommendations still awaiting a decision. Pages with `limit` and `cursor`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        type_ (RecommendationType | Unset): The recommender that produced a recommendation.
        status (RecommendationStatus | Unset): Lifecycle: `open` until a decision; `accepted` or
            `dismissed` by a user; `implemented`
            once the change is observed; `expired` when an open one goes stale (`expires_at`).
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecommendationListResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
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
    type_: RecommendationType | Unset = UNSET,
    status: RecommendationStatus | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | RecommendationListResponse | None:
    """List recommendations

     Recommendations from every recommender (model routing, prompt cache, provisioned
    throughput, GPU idle, GPU rightsizing, MIG repartitioning), largest estimated monthly
    savings first. `type` narrows to one recommender; `status` defaults to `open`, the
    recommendations still awaiting a decision. Pages with `limit` and `cursor`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        type_ (RecommendationType | Unset): The recommender that produced a recommendation.
        status (RecommendationStatus | Unset): Lifecycle: `open` until a decision; `accepted` or
            `dismissed` by a user; `implemented`
            once the change is observed; `expired` when an open one goes stale (`expires_at`).
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecommendationListResponse
    """

    return sync_detailed(
        client=client,
        type_=type_,
        status=status,
        limit=limit,
        cursor=cursor,
        x_active_tenant_id=x_active_tenant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: RecommendationType | Unset = UNSET,
    status: RecommendationStatus | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | RecommendationListResponse]:
    """List recommendations

     Recommendations from every recommender (model routing, prompt cache, provisioned
    throughput, GPU idle, GPU rightsizing, MIG repartitioning), largest estimated monthly
    savings first. `type` narrows to one recommender; `status` defaults to `open`, the
    recommendations still awaiting a decision. Pages with `limit` and `cursor`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        type_ (RecommendationType | Unset): The recommender that produced a recommendation.
        status (RecommendationStatus | Unset): Lifecycle: `open` until a decision; `accepted` or
            `dismissed` by a user; `implemented`
            once the change is observed; `expired` when an open one goes stale (`expires_at`).
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecommendationListResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
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
    type_: RecommendationType | Unset = UNSET,
    status: RecommendationStatus | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | RecommendationListResponse | None:
    """List recommendations

     Recommendations from every recommender (model routing, prompt cache, provisioned
    throughput, GPU idle, GPU rightsizing, MIG repartitioning), largest estimated monthly
    savings first. `type` narrows to one recommender; `status` defaults to `open`, the
    recommendations still awaiting a decision. Pages with `limit` and `cursor`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        type_ (RecommendationType | Unset): The recommender that produced a recommendation.
        status (RecommendationStatus | Unset): Lifecycle: `open` until a decision; `accepted` or
            `dismissed` by a user; `implemented`
            once the change is observed; `expired` when an open one goes stale (`expires_at`).
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecommendationListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            status=status,
            limit=limit,
            cursor=cursor,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
