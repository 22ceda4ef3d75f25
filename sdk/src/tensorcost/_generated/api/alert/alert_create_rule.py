from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alert_rule_response import AlertRuleResponse
from ...models.create_alert_rule_request import CreateAlertRuleRequest
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateAlertRuleRequest,
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
        "url": "/v1/alert/rules",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AlertRuleResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = AlertRuleResponse.from_dict(response.json())

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
) -> Response[AlertRuleResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAlertRuleRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[AlertRuleResponse | ErrorResponse]:
    """Create an alert rule

     Create an alert rule. The rule is evaluated every minute; it fires an alert of its
    `severity` when `metric`, restricted to `scope`, meets `condition` for `window_minutes`,
    notifies `channel_ids` and, if set, starts `escalation_policy_id`. Rule names are unique
    in a tenant (409 `DUPLICATE`); an unknown escalation policy or channel is a 400.

    Args:
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (CreateAlertRuleRequest): Body of `alert_create_rule`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertRuleResponse | ErrorResponse]
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
    body: CreateAlertRuleRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> AlertRuleResponse | ErrorResponse | None:
    """Create an alert rule

     Create an alert rule. The rule is evaluated every minute; it fires an alert of its
    `severity` when `metric`, restricted to `scope`, meets `condition` for `window_minutes`,
    notifies `channel_ids` and, if set, starts `escalation_policy_id`. Rule names are unique
    in a tenant (409 `DUPLICATE`); an unknown escalation policy or channel is a 400.

    Args:
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (CreateAlertRuleRequest): Body of `alert_create_rule`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertRuleResponse | ErrorResponse
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
    body: CreateAlertRuleRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[AlertRuleResponse | ErrorResponse]:
    """Create an alert rule

     Create an alert rule. The rule is evaluated every minute; it fires an alert of its
    `severity` when `metric`, restricted to `scope`, meets `condition` for `window_minutes`,
    notifies `channel_ids` and, if set, starts `escalation_policy_id`. Rule names are unique
    in a tenant (409 `DUPLICATE`); an unknown escalation policy or channel is a 400.

    Args:
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (CreateAlertRuleRequest): Body of `alert_create_rule`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertRuleResponse | ErrorResponse]
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
    body: CreateAlertRuleRequest,
    x_active_tenant_id: UUID | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> AlertRuleResponse | ErrorResponse | None:
    """Create an alert rule

     Create an alert rule. The rule is evaluated every minute; it fires an alert of its
    `severity` when `metric`, restricted to `scope`, meets `condition` for `window_minutes`,
    notifies `channel_ids` and, if set, starts `escalation_policy_id`. Rule names are unique
    in a tenant (409 `DUPLICATE`); an unknown escalation policy or channel is a 400.

    Args:
        x_active_tenant_id (UUID | Unset):
        idempotency_key (str | Unset):
        body (CreateAlertRuleRequest): Body of `alert_create_rule`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertRuleResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_active_tenant_id=x_active_tenant_id,
            idempotency_key=idempotency_key,
        )
    ).parsed
