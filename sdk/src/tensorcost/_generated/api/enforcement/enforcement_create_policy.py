from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_policy_request import CreatePolicyRequest
from ...models.enforcement_policy_response import EnforcementPolicyResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreatePolicyRequest,
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
        "url": "/v1/enforcement/policies",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnforcementPolicyResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = EnforcementPolicyResponse.from_dict(response.json())

        return response_201

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
) -> Response[EnforcementPolicyResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePolicyRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[EnforcementPolicyResponse | ErrorResponse]:
    """Create an enforcement policy

     Create a policy from a full definition. New policies default to `dry_run`, which logs the
    actions that would run without running them; `enforce` queues real actions (held at
    `pending_approval` when `requires_approval` is true). Names are unique in a tenant
    (409 `DUPLICATE`). Try a definition first with `enforcement_simulate_policy`.

    Args:
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (CreatePolicyRequest): Body of `enforcement_create_policy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnforcementPolicyResponse | ErrorResponse]
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
    body: CreatePolicyRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> EnforcementPolicyResponse | ErrorResponse | None:
    """Create an enforcement policy

     Create a policy from a full definition. New policies default to `dry_run`, which logs the
    actions that would run without running them; `enforce` queues real actions (held at
    `pending_approval` when `requires_approval` is true). Names are unique in a tenant
    (409 `DUPLICATE`). Try a definition first with `enforcement_simulate_policy`.

    Args:
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (CreatePolicyRequest): Body of `enforcement_create_policy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnforcementPolicyResponse | ErrorResponse
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
    body: CreatePolicyRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[EnforcementPolicyResponse | ErrorResponse]:
    """Create an enforcement policy

     Create a policy from a full definition. New policies default to `dry_run`, which logs the
    actions that would run without running them; `enforce` queues real actions (held at
    `pending_approval` when `requires_approval` is true). Names are unique in a tenant
    (409 `DUPLICATE`). Try a definition first with `enforcement_simulate_policy`.

    Args:
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (CreatePolicyRequest): Body of `enforcement_create_policy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnforcementPolicyResponse | ErrorResponse]
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
    body: CreatePolicyRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> EnforcementPolicyResponse | ErrorResponse | None:
    """Create an enforcement policy

     Create a policy from a full definition. New policies default to `dry_run`, which logs the
    actions that would run without running them; `enforce` queues real actions (held at
    `pending_approval` when `requires_approval` is true). Names are unique in a tenant
    (409 `DUPLICATE`). Try a definition first with `enforcement_simulate_policy`.

    Args:
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (CreatePolicyRequest): Body of `enforcement_create_policy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnforcementPolicyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_active_tenant_id=x_active_tenant_id,
            idempotency_key=idempotency_key,
        )
    ).parsed
