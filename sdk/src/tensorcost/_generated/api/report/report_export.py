import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.export_format import ExportFormat
from ...models.export_resource import ExportResource
from ...types import UNSET, Response, Unset


def _get_kwargs(
    resource: ExportResource,
    *,
    format_: ExportFormat,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    params: dict[str, Any] = {}

    json_format_: str = format_
    params["format"] = json_format_

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
        "url": "/v1/report/exports/{resource}".format(
            resource=quote(str(resource), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[ErrorResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource: ExportResource,
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | str]:
    """Export a resource

     One-shot export of a resource as a file: CSV (one row per record, FOCUS column names for
    cost data) or a formatted PDF report. `start`/`end` select the window for time-based
    resources (cost, ai-spend, alerts, metrics, savings; default: the current calendar month
    to now); `instances` exports the current inventory and ignores the window. The body is the
    file itself, not the JSON envelope; errors still answer with the JSON error envelope.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        resource (ExportResource): A resource that can be exported.
        format_ (ExportFormat): File format of an export. Closed: the API reference names exactly
            `format=csv|pdf`, and each value is a response media type.
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        resource=resource,
        format_=format_,
        start=start,
        end=end,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource: ExportResource,
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | str | None:
    """Export a resource

     One-shot export of a resource as a file: CSV (one row per record, FOCUS column names for
    cost data) or a formatted PDF report. `start`/`end` select the window for time-based
    resources (cost, ai-spend, alerts, metrics, savings; default: the current calendar month
    to now); `instances` exports the current inventory and ignores the window. The body is the
    file itself, not the JSON envelope; errors still answer with the JSON error envelope.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        resource (ExportResource): A resource that can be exported.
        format_ (ExportFormat): File format of an export. Closed: the API reference names exactly
            `format=csv|pdf`, and each value is a response media type.
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | str
    """

    return sync_detailed(
        resource=resource,
        client=client,
        format_=format_,
        start=start,
        end=end,
        x_active_tenant_id=x_active_tenant_id,
    ).parsed


async def asyncio_detailed(
    resource: ExportResource,
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | str]:
    """Export a resource

     One-shot export of a resource as a file: CSV (one row per record, FOCUS column names for
    cost data) or a formatted PDF report. `start`/`end` select the window for time-based
    resources (cost, ai-spend, alerts, metrics, savings; default: the current calendar month
    to now); `instances` exports the current inventory and ignores the window. The body is the
    file itself, not the JSON envelope; errors still answer with the JSON error envelope.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        resource (ExportResource): A resource that can be exported.
        format_ (ExportFormat): File format of an export. Closed: the API reference names exactly
            `format=csv|pdf`, and each value is a response media type.
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        resource=resource,
        format_=format_,
        start=start,
        end=end,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource: ExportResource,
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | str | None:
    """Export a resource

     One-shot export of a resource as a file: CSV (one row per record, FOCUS column names for
    cost data) or a formatted PDF report. `start`/`end` select the window for time-based
    resources (cost, ai-spend, alerts, metrics, savings; default: the current calendar month
    to now); `instances` exports the current inventory and ignores the window. The body is the
    file itself, not the JSON envelope; errors still answer with the JSON error envelope.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        resource (ExportResource): A resource that can be exported.
        format_ (ExportFormat): File format of an export. Closed: the API reference names exactly
            `format=csv|pdf`, and each value is a response media type.
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | str
    """

    return (
        await asyncio_detailed(
            resource=resource,
            client=client,
            format_=format_,
            start=start,
            end=end,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
