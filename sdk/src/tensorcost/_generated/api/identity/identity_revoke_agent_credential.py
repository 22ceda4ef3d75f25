from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_credential_response import AgentCredentialResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    key_id: str,
    *,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/identity/agent-credentials/{key_id}".format(
            key_id=quote(str(key_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentCredentialResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AgentCredentialResponse.from_dict(response.json())

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
) -> Response[AgentCredentialResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[AgentCredentialResponse | ErrorResponse]:
    """Revoke an agent credential

     Revoke an agent key at once: requests signed with it are refused from now on. Returns
    the credential with status `revoked` (never its secret). An unknown or already revoked
    key answers 404.

    Required role: `admin`; allowed: `owner`, `admin`.

    Args:
        key_id (str):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentCredentialResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> AgentCredentialResponse | ErrorResponse | None:
    """Revoke an agent credential

     Revoke an agent key at once: requests signed with it are refused from now on. Returns
    the credential with status `revoked` (never its secret). An unknown or already revoked
    key answers 404.

    Required role: `admin`; allowed: `owner`, `admin`.

    Args:
        key_id (str):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentCredentialResponse | ErrorResponse
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
        x_active_tenant_id=x_active_tenant_id,
    ).parsed


async def asyncio_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[AgentCredentialResponse | ErrorResponse]:
    """Revoke an agent credential

     Revoke an agent key at once: requests signed with it are refused from now on. Returns
    the credential with status `revoked` (never its secret). An unknown or already revoked
    key answers 404.

    Required role: `admin`; allowed: `owner`, `admin`.

    Args:
        key_id (str):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentCredentialResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> AgentCredentialResponse | ErrorResponse | None:
    """Revoke an agent credential

     Revoke an agent key at once: requests signed with it are refused from now on. Returns
    the credential with status `revoked` (never its secret). An unknown or already revoked
    key answers 404.

    Required role: `admin`; allowed: `owner`, `admin`.

    Args:
        key_id (str):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentCredentialResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
