from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alert_response import AlertResponse
from ...models.error_response import ErrorResponse
from ...models.ignore_alert_request import IgnoreAlertRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: IgnoreAlertRequest | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/alert/alerts/{id}/ignore".format(
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
) -> AlertResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AlertResponse.from_dict(response.json())

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
) -> Response[AlertResponse | ErrorResponse]:
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
    body: IgnoreAlertRequest | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[AlertResponse | ErrorResponse]:
    """Ignore an alert

     Mark a `triggered` or `acknowledged` alert `ignored` (a known, accepted condition), stop its
    escalation chain and write an audit-trail entry. The optional reason is returned with the
    caller as `ignored_reason` and `ignored_by`. Ignoring an alert that is already
    `resolved` or `ignored` is a 409 `INVALID_STATE_TRANSITION`.

    Args:
        id (str):
        x_active_tenant_id (UUID | Unset):
        body (IgnoreAlertRequest | Unset): Body of `alert_ignore_alert` (optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertResponse | ErrorResponse]
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
    body: IgnoreAlertRequest | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> AlertResponse | ErrorResponse | None:
    """Ignore an alert

     Mark a `triggered` or `acknowledged` alert `ignored` (a known, accepted condition), stop its
    escalation chain and write an audit-trail entry. The optional reason is returned with the
    caller as `ignored_reason` and `ignored_by`. Ignoring an alert that is already
    `resolved` or `ignored` is a 409 `INVALID_STATE_TRANSITION`.

    Args:
        id (str):
        x_active_tenant_id (UUID | Unset):
        body (IgnoreAlertRequest | Unset): Body of `alert_ignore_alert` (optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertResponse | ErrorResponse
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
    body: IgnoreAlertRequest | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[AlertResponse | ErrorResponse]:
    """Ignore an alert

     Mark a `triggered` or `acknowledged` alert `ignored` (a known, accepted condition), stop its
    escalation chain and write an audit-trail entry. The optional reason is returned with the
    caller as `ignored_reason` and `ignored_by`. Ignoring an alert that is already
    `resolved` or `ignored` is a 409 `INVALID_STATE_TRANSITION`.

    Args:
        id (str):
        x_active_tenant_id (UUID | Unset):
        body (IgnoreAlertRequest | Unset): Body of `alert_ignore_alert` (optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertResponse | ErrorResponse]
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
    body: IgnoreAlertRequest | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> AlertResponse | ErrorResponse | None:
    """Ignore an alert

     Mark a `triggered` or `acknowledged` alert `ignored` (a known, accepted condition), stop its
    escalation chain and write an audit-trail entry. The optional reason is returned with the
    caller as `ignored_reason` and `ignored_by`. Ignoring an alert that is already
    `resolved` or `ignored` is a 409 `INVALID_STATE_TRANSITION`.

    Args:
        id (str):
        x_active_tenant_id (UUID | Unset):
        body (IgnoreAlertRequest | Unset): Body of `alert_ignore_alert` (optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
