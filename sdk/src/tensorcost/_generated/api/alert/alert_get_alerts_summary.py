import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alerts_summary_response import AlertsSummaryResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    params: dict[str, Any] = {}

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/alert/alerts/summary",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AlertsSummaryResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AlertsSummaryResponse.from_dict(response.json())

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
) -> Response[AlertsSummaryResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[AlertsSummaryResponse | ErrorResponse]:
    """Get alert counts

     Counts of alerts triggered in the window (`start`/`end` on `triggered_at`), by severity and
    by type. `open` counts alerts still `triggered` or `acknowledged`; `total` counts every
    alert whatever its status. Types with no alerts in the window are left out of `by_type`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertsSummaryResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> AlertsSummaryResponse | ErrorResponse | None:
    """Get alert counts

     Counts of alerts triggered in the window (`start`/`end` on `triggered_at`), by severity and
    by type. `open` counts alerts still `triggered` or `acknowledged`; `total` counts every
    alert whatever its status. Types with no alerts in the window are left out of `by_type`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertsSummaryResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        start=start,
        end=end,
        x_active_tenant_id=x_active_tenant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[AlertsSummaryResponse | ErrorResponse]:
    """Get alert counts

     Counts of alerts triggered in the window (`start`/`end` on `triggered_at`), by severity and
    by type. `open` counts alerts still `triggered` or `acknowledged`; `total` counts every
    alert whatever its status. Types with no alerts in the window are left out of `by_type`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertsSummaryResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> AlertsSummaryResponse | ErrorResponse | None:
    """Get alert counts

     Counts of alerts triggered in the window (`start`/`end` on `triggered_at`), by severity and
    by type. `open` counts alerts still `triggered` or `acknowledged`; `total` counts every
    alert whatever its status. Types with no alerts in the window are left out of `by_type`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertsSummaryResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            end=end,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
