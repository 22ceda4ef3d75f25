from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connection_list_response import ConnectionListResponse
from ...models.connection_provider import ConnectionProvider
from ...models.connection_status import ConnectionStatus
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    provider: ConnectionProvider | Unset = UNSET,
    status: ConnectionStatus | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/integration/connections",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectionListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ConnectionListResponse.from_dict(response.json())

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
) -> Response[ConnectionListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    provider: ConnectionProvider | Unset = UNSET,
    status: ConnectionStatus | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ConnectionListResponse | ErrorResponse]:
    """List connections

     Cloud accounts, inference providers and GPU-agent clusters connected to the tenant, newest
    first. Filter by `provider` and `status`. Secrets are never returned: each connection
    says only whether one is stored (`has_secret`) and when it was last rotated.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        provider (ConnectionProvider | Unset): What the connection reaches: a cloud account
            (`aws`, `azure`, `gcp`), a managed-inference
            service inside one (`bedrock` in an AWS account, `azure_openai` in an Azure subscription),
            an inference provider organisation (`openai`, `anthropic`), or a cluster of TensorCost GPU
            agents. The reference creates connections for "Bedrock, Azure OpenAI, etc.", so more
            providers will appear.
        status (ConnectionStatus | Unset): Health of a connection. `pending`: created, first
            validation not finished. `active`: all
            checks pass. `degraded`: ingesting, but a check warns. `failed`: a check fails, nothing
            is ingested. `disabled`: switched off by a user; neither validated nor synced.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        provider=provider,
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
    provider: ConnectionProvider | Unset = UNSET,
    status: ConnectionStatus | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ConnectionListResponse | ErrorResponse | None:
    """List connections

     Cloud accounts, inference providers and GPU-agent clusters connected to the tenant, newest
    first. Filter by `provider` and `status`. Secrets are never returned: each connection
    says only whether one is stored (`has_secret`) and when it was last rotated.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        provider (ConnectionProvider | Unset): What the connection reaches: a cloud account
            (`aws`, `azure`, `gcp`), a managed-inference
            service inside one (`bedrock` in an AWS account, `azure_openai` in an Azure subscription),
            an inference provider organisation (`openai`, `anthropic`), or a cluster of TensorCost GPU
            agents. The reference creates connections for "Bedrock, Azure OpenAI, etc.", so more
            providers will appear.
        status (ConnectionStatus | Unset): Health of a connection. `pending`: created, first
            validation not finished. `active`: all
            checks pass. `degraded`: ingesting, but a check warns. `failed`: a check fails, nothing
            is ingested. `disabled`: switched off by a user; neither validated nor synced.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        provider=provider,
        status=status,
        x_active_tenant_id=x_active_tenant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    provider: ConnectionProvider | Unset = UNSET,
    status: ConnectionStatus | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ConnectionListResponse | ErrorResponse]:
    """List connections

     Cloud accounts, inference providers and GPU-agent clusters connected to the tenant, newest
    first. Filter by `provider` and `status`. Secrets are never returned: each connection
    says only whether one is stored (`has_secret`) and when it was last rotated.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        provider (ConnectionProvider | Unset): What the connection reaches: a cloud account
            (`aws`, `azure`, `gcp`), a managed-inference
            service inside one (`bedrock` in an AWS account, `azure_openai` in an Azure subscription),
            an inference provider organisation (`openai`, `anthropic`), or a cluster of TensorCost GPU
            agents. The reference creates connections for "Bedrock, Azure OpenAI, etc.", so more
            providers will appear.
        status (ConnectionStatus | Unset): Health of a connection. `pending`: created, first
            validation not finished. `active`: all
            checks pass. `degraded`: ingesting, but a check warns. `failed`: a check fails, nothing
            is ingested. `disabled`: switched off by a user; neither validated nor synced.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        provider=provider,
        status=status,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    provider: ConnectionProvider | Unset = UNSET,
    status: ConnectionStatus | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ConnectionListResponse | ErrorResponse | None:
    """List connections

     Cloud accounts, inference providers and GPU-agent clusters connected to the tenant, newest
    first. Filter by `provider` and `status`. Secrets are never returned: each connection
    says only whether one is stored (`has_secret`) and when it was last rotated.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        provider (ConnectionProvider | Unset): What the connection reaches: a cloud account
            (`aws`, `azure`, `gcp`), a managed-inference
            service inside one (`bedrock` in an AWS account, `azure_openai` in an Azure subscription),
            an inference provider organisation (`openai`, `anthropic`), or a cluster of TensorCost GPU
            agents. The reference creates connections for "Bedrock, Azure OpenAI, etc.", so more
            providers will appear.
        status (ConnectionStatus | Unset): Health of a connection. `pending`: created, first
            validation not finished. `active`: all
            checks pass. `degraded`: ingesting, but a check warns. `failed`: a check fails, nothing
            is ingested. `disabled`: switched off by a user; neither validated nor synced.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            provider=provider,
            status=status,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
