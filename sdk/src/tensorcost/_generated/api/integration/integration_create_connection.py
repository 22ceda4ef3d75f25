from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connection_response import ConnectionResponse
from ...models.create_connection_request import CreateConnectionRequest
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateConnectionRequest,
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
        "url": "/v1/integration/connections",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectionResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = ConnectionResponse.from_dict(response.json())

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
) -> Response[ConnectionResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectionRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ConnectionResponse | ErrorResponse]:
    """Create a connection

     Connect a cloud account, inference provider or GPU-agent cluster (Bedrock, Azure OpenAI,
    etc.). The auth `method` must fit the provider: `aws_assume_role` for aws and bedrock,
    `azure_service_principal` for azure and azure_openai, `gcp_service_account` for gcp,
    `api_key` for openai and anthropic, `agent_credential` for gpu_agent (otherwise 400). The connection
    starts `pending`; a first validation runs in
    the background and moves it to `active`, `degraded` or `failed`. Secrets are stored
    encrypted and never returned. A second connection for the same `provider` and
    `account_id` is refused with 409 `DUPLICATE`.

    Args:
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (CreateConnectionRequest): Body of `integration_create_connection`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionResponse | ErrorResponse]
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
    body: CreateConnectionRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ConnectionResponse | ErrorResponse | None:
    """Create a connection

     Connect a cloud account, inference provider or GPU-agent cluster (Bedrock, Azure OpenAI,
    etc.). The auth `method` must fit the provider: `aws_assume_role` for aws and bedrock,
    `azure_service_principal` for azure and azure_openai, `gcp_service_account` for gcp,
    `api_key` for openai and anthropic, `agent_credential` for gpu_agent (otherwise 400). The connection
    starts `pending`; a first validation runs in
    the background and moves it to `active`, `degraded` or `failed`. Secrets are stored
    encrypted and never returned. A second connection for the same `provider` and
    `account_id` is refused with 409 `DUPLICATE`.

    Args:
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (CreateConnectionRequest): Body of `integration_create_connection`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionResponse | ErrorResponse
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
    body: CreateConnectionRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ConnectionResponse | ErrorResponse]:
    """Create a connection

     Connect a cloud account, inference provider or GPU-agent cluster (Bedrock, Azure OpenAI,
    etc.). The auth `method` must fit the provider: `aws_assume_role` for aws and bedrock,
    `azure_service_principal` for azure and azure_openai, `gcp_service_account` for gcp,
    `api_key` for openai and anthropic, `agent_credential` for gpu_agent (otherwise 400). The connection
    starts `pending`; a first validation runs in
    the background and moves it to `active`, `degraded` or `failed`. Secrets are stored
    encrypted and never returned. A second connection for the same `provider` and
    `account_id` is refused with 409 `DUPLICATE`.

    Args:
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (CreateConnectionRequest): Body of `integration_create_connection`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionResponse | ErrorResponse]
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
    body: CreateConnectionRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ConnectionResponse | ErrorResponse | None:
    """Create a connection

     Connect a cloud account, inference provider or GPU-agent cluster (Bedrock, Azure OpenAI,
    etc.). The auth `method` must fit the provider: `aws_assume_role` for aws and bedrock,
    `azure_service_principal` for azure and azure_openai, `gcp_service_account` for gcp,
    `api_key` for openai and anthropic, `agent_credential` for gpu_agent (otherwise 400). The connection
    starts `pending`; a first validation runs in
    the background and moves it to `active`, `degraded` or `failed`. Secrets are stored
    encrypted and never returned. A second connection for the same `provider` and
    `account_id` is refused with 409 `DUPLICATE`.

    Args:
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (CreateConnectionRequest): Body of `integration_create_connection`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_active_tenant_id=x_active_tenant_id,
            idempotency_key=idempotency_key,
        )
    ).parsed
