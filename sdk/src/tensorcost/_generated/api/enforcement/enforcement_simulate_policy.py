from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.policy_simulation_response import PolicySimulationResponse
from ...models.simulate_policy_request import SimulatePolicyRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SimulatePolicyRequest,
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
        "url": "/v1/enforcement/policies/simulate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PolicySimulationResponse | None:
    if response.status_code == 200:
        response_200 = PolicySimulationResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | PolicySimulationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SimulatePolicyRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | PolicySimulationResponse]:
    """Simulate a policy

     Dry-run a policy definition against the tenant's historical cost and usage events in
    `window`, without saving the policy or running anything. Returns how many events matched,
    a sample of them, the actions that would have run and the estimated savings.

    Args:
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (SimulatePolicyRequest): Body of `enforcement_simulate_policy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PolicySimulationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_active_tenant_id=x_active_tenant_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SimulatePolicyRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | PolicySimulationResponse | None:
    """Simulate a policy

     Dry-run a policy definition against the tenant's historical cost and usage events in
    `window`, without saving the policy or running anything. Returns how many events matched,
    a sample of them, the actions that would have run and the estimated savings.

    Args:
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (SimulatePolicyRequest): Body of `enforcement_simulate_policy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PolicySimulationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_active_tenant_id=x_active_tenant_id,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SimulatePolicyRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | PolicySimulationResponse]:
    """Simulate a policy

     Dry-run a policy definition against the tenant's historical cost and usage events in
    `window`, without saving the policy or running anything. Returns how many events matched,
    a sample of them, the actions that would have run and the estimated savings.

    Args:
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (SimulatePolicyRequest): Body of `enforcement_simulate_policy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PolicySimulationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_active_tenant_id=x_active_tenant_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SimulatePolicyRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | PolicySimulationResponse | None:
    """Simulate a policy

     Dry-run a policy definition against the tenant's historical cost and usage events in
    `window`, without saving the policy or running anything. Returns how many events matched,
    a sample of them, the actions that would have run and the estimated savings.

    Args:
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (SimulatePolicyRequest): Body of `enforcement_simulate_policy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PolicySimulationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_active_tenant_id=x_active_tenant_id,
            idempotency_key=idempotency_key,
        )
    ).parsed
