import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alert_severity import AlertSeverity
from ...models.error_response import ErrorResponse
from ...models.incident_list_response import IncidentListResponse
from ...models.incident_status import IncidentStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: IncidentStatus | Unset = UNSET,
    severity: AlertSeverity | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_severity: str | Unset = UNSET
    if not isinstance(severity, Unset):
        json_severity = severity

    params["severity"] = json_severity

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/alert/incidents",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | IncidentListResponse | None:
    if response.status_code == 200:
        response_200 = IncidentListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | IncidentListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: IncidentStatus | Unset = UNSET,
    severity: AlertSeverity | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | IncidentListResponse]:
    """List incidents

     Incidents, newest first, each with the alerts grouped into it and its timeline (trigger,
    notifications, escalations, acknowledgement, notes, enforcement actions, resolution) in
    time order. `status` and `severity` narrow the list; `start`/`end` select incidents by
    `created_at`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        status (IncidentStatus | Unset): Incident status (PagerDuty model).
        severity (AlertSeverity | Unset): Severity on the PagerDuty Events v2 scale, shared by
            alerts, incidents and anomalies.
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IncidentListResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        severity=severity,
        start=start,
        end=end,
        limit=limit,
        cursor=cursor,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: IncidentStatus | Unset = UNSET,
    severity: AlertSeverity | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | IncidentListResponse | None:
    """List incidents

     Incidents, newest first, each with the alerts grouped into it and its timeline (trigger,
    notifications, escalations, acknowledgement, notes, enforcement actions, resolution) in
    time order. `status` and `severity` narrow the list; `start`/`end` select incidents by
    `created_at`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        status (IncidentStatus | Unset): Incident status (PagerDuty model).
        severity (AlertSeverity | Unset): Severity on the PagerDuty Events v2 scale, shared by
            alerts, incidents and anomalies.
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IncidentListResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        severity=severity,
        start=start,
        end=end,
        limit=limit,
        cursor=cursor,
        x_active_tenant_id=x_active_tenant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: IncidentStatus | Unset = UNSET,
    severity: AlertSeverity | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | IncidentListResponse]:
    """List incidents

     Incidents, newest first, each with the alerts grouped into it and its timeline (trigger,
    notifications, escalations, acknowledgement, notes, enforcement actions, resolution) in
    time order. `status` and `severity` narrow the list; `start`/`end` select incidents by
    `created_at`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        status (IncidentStatus | Unset): Incident status (PagerDuty model).
        severity (AlertSeverity | Unset): Severity on the PagerDuty Events v2 scale, shared by
            alerts, incidents and anomalies.
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IncidentListResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        severity=severity,
        start=start,
        end=end,
        limit=limit,
        cursor=cursor,
        x_active_tenant_id=x_active_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: IncidentStatus | Unset = UNSET,
    severity: AlertSeverity | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> ErrorResponse | IncidentListResponse | None:
    """List incidents

     Incidents, newest first, each with the alerts grouped into it and its timeline (trigger,
    notifications, escalations, acknowledgement, notes, enforcement actions, resolution) in
    time order. `status` and `severity` narrow the list; `start`/`end` select incidents by
    `created_at`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        status (IncidentStatus | Unset): Incident status (PagerDuty model).
        severity (AlertSeverity | Unset): Severity on the PagerDuty Events v2 scale, shared by
            alerts, incidents and anomalies.
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IncidentListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            severity=severity,
            start=start,
            end=end,
            limit=limit,
            cursor=cursor,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
