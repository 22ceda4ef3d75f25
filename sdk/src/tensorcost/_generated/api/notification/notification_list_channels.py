from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.notification_channel_list_response import NotificationChannelListResponse
from ...models.notification_channel_type import (
    NotificationChannelType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: NotificationChannelType | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/notification/channels",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NotificationChannelListResponse | None:
    if response.status_code == 200:
        response_200 = NotificationChannelListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | NotificationChannelListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: NotificationChannelType | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | NotificationChannelListResponse]:
    """List notification channels

     The tenant's notification channels (Slack, PagerDuty, Microsoft Teams, email, webhook).
    Secrets (webhook URLs, routing keys, signing secrets) are never returned; each config
    shows only their last four characters. `type` narrows the list to one channel type.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        type_ (NotificationChannelType | Unset): The kind of a notification channel.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NotificationChannelListResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: NotificationChannelType | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | NotificationChannelListResponse | None:
    """List notification channels

     The tenant's notification channels (Slack, PagerDuty, Microsoft Teams, email, webhook).
    Secrets (webhook URLs, routing keys, signing secrets) are never returned; each config
    shows only their last four characters. `type` narrows the list to one channel type.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        type_ (NotificationChannelType | Unset): The kind of a notification channel.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NotificationChannelListResponse
    """

    return sync_detailed(
        client=client,
        type_=type_,
        x_active_tenant_id=x_active_tenant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: NotificationChannelType | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | NotificationChannelListResponse]:
    """List notification channels

     The tenant's notification channels (Slack, PagerDuty, Microsoft Teams, email, webhook).
    Secrets (webhook URLs, routing keys, signing secrets) are never returned; each config
    shows only their last four characters. `type` narrows the list to one channel type.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        type_ (NotificationChannelType | Unset): The kind of a notification channel.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NotificationChannelListResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: NotificationChannelType | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | NotificationChannelListResponse | None:
    """List notification channels

     The tenant's notification channels (Slack, PagerDuty, Microsoft Teams, email, webhook).
    Secrets (webhook URLs, routing keys, signing secrets) are never returned; each config
    shows only their last four characters. `type` narrows the list to one channel type.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        type_ (NotificationChannelType | Unset): The kind of a notification channel.
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NotificationChannelListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
