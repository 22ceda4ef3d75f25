from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enforcement_policy_response import EnforcementPolicyResponse
from ...models.error_response import ErrorResponse
from ...models.toggle_policy_request import TogglePolicyRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: TogglePolicyRequest | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/enforcement/policies/{id}/toggle".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnforcementPolicyResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EnforcementPolicyResponse.from_dict(response.json())

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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TogglePolicyRequest | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[EnforcementPolicyResponse | ErrorResponse]:
    """Enable or disable a policy

     Switch a policy off or back on. `enabled: false` sets `mode` to `disabled` and remembers
    the previous mode in `resume_mode`; `enabled: true` restores `resume_mode` (`dry_run` or
    `enforce`). Without a body the policy flips: a disabled policy is enabled, any other is
    disabled. Setting the state the policy already has changes nothing. Disabling a policy
    does not cancel actions it has already queued.

    Args:
        id (str):
        x_active_tenant_id (UUID | Unset):
        body (TogglePolicyRequest | Unset): Body of `enforcement_toggle_policy` (optional; without
            it the policy flips).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnforcementPolicyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TogglePolicyRequest | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> EnforcementPolicyResponse | ErrorResponse | None:
    """Enable or disable a policy

     Switch a policy off or back on. `enabled: false` sets `mode` to `disabled` and remembers
    the previous mode in `resume_mode`; `enabled: true` restores `resume_mode` (`dry_run` or
    `enforce`). Without a body the policy flips: a disabled policy is enabled, any other is
    disabled. Setting the state the policy already has changes nothing. Disabling a policy
    does not cancel actions it has already queued.

    Args:
        id (str):
        x_active_tenant_id (UUID | Unset):
        body (TogglePolicyRequest | Unset): Body of `enforcement_toggle_policy` (optional; without
            it the policy flips).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnforcementPolicyResponse | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        x_active_tenant_id=x_active_tenant_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TogglePolicyRequest | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[EnforcementPolicyResponse | ErrorResponse]:
    """Enable or disable a policy

     Switch a policy off or back on. `enabled: false` sets `mode` to `disabled` and remembers
    the previous mode in `resume_mode`; `enabled: true` restores `resume_mode` (`dry_run` or
    `enforce`). Without a body the policy flips: a disabled policy is enabled, any other is
    disabled. Setting the state the policy already has changes nothing. Disabling a policy
    does not cancel actions it has already queued.

    Args:
        id (str):
        x_active_tenant_id (UUID | Unset):
        body (TogglePolicyRequest | Unset): Body of `enforcement_toggle_policy` (optional; without
            it the policy flips).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnforcementPolicyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TogglePolicyRequest | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> EnforcementPolicyResponse | ErrorResponse | None:
    """Enable or disable a policy

     Switch a policy off or back on. `enabled: false` sets `mode` to `disabled` and remembers
    the previous mode in `resume_mode`; `enabled: true` restores `resume_mode` (`dry_run` or
    `enforce`). Without a body the policy flips: a disabled policy is enabled, any other is
    disabled. Setting the state the policy already has changes nothing. Disabling a policy
    does not cancel actions it has already queued.

    Args:
        id (str):
        x_active_tenant_id (UUID | Unset):
        body (TogglePolicyRequest | Unset): Body of `enforcement_toggle_policy` (optional; without
            it the policy flips).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnforcementPolicyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
