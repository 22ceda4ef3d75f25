from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dismiss_recommendation_request import DismissRecommendationRequest
from ...models.error_response import ErrorResponse
from ...models.recommendation_response import RecommendationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: DismissRecommendationRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/cost/recommendations/{id}/dismiss".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RecommendationResponse | None:
    if response.status_code == 200:
        response_200 = RecommendationResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

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
) -> Response[ErrorResponse | RecommendationResponse]:
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
    body: DismissRecommendationRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | RecommendationResponse]:
    """Dismiss a recommendation

     Moves an `open` recommendation to `dismissed` with a reason. The reason feeds the
    recommenders' feedback loop, so similar recommendations are ranked lower or suppressed.
    Any other status answers 409 `INVALID_STATE_TRANSITION`.

    Args:
        id (str):
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (DismissRecommendationRequest): Body of `cost_dismiss_recommendation`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecommendationResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        x_active_tenant_id=x_active_tenant_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DismissRecommendationRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | RecommendationResponse | None:
    """Dismiss a recommendation

     Moves an `open` recommendation to `dismissed` with a reason. The reason feeds the
    recommenders' feedback loop, so similar recommendations are ranked lower or suppressed.
    Any other status answers 409 `INVALID_STATE_TRANSITION`.

    Args:
        id (str):
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (DismissRecommendationRequest): Body of `cost_dismiss_recommendation`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecommendationResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        x_active_tenant_id=x_active_tenant_id,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DismissRecommendationRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | RecommendationResponse]:
    """Dismiss a recommendation

     Moves an `open` recommendation to `dismissed` with a reason. The reason feeds the
    recommenders' feedback loop, so similar recommendations are ranked lower or suppressed.
    Any other status answers 409 `INVALID_STATE_TRANSITION`.

    Args:
        id (str):
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (DismissRecommendationRequest): Body of `cost_dismiss_recommendation`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecommendationResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        x_active_tenant_id=x_active_tenant_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DismissRecommendationRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | RecommendationResponse | None:
    """Dismiss a recommendation

     Moves an `open` recommendation to `dismissed` with a reason. The reason feeds the
    recommenders' feedback loop, so similar recommendations are ranked lower or suppressed.
    Any other status answers 409 `INVALID_STATE_TRANSITION`.

    Args:
        id (str):
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (DismissRecommendationRequest): Body of `cost_dismiss_recommendation`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecommendationResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            x_active_tenant_id=x_active_tenant_id,
            idempotency_key=idempotency_key,
        )
    ).parsed
