import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_inference_event_list_response import AiInferenceEventListResponse
from ...models.error_response import ErrorResponse
from ...models.source import Source
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    source: Source | Unset = UNSET,
    model_id: str | Unset = UNSET,
    application: str | Unset = UNSET,
    team: str | Unset = UNSET,
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

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source"] = json_source

    params["model_id"] = model_id

    params["application"] = application

    params["team"] = team

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
        "url": "/v1/ai/spend",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AiInferenceEventListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AiInferenceEventListResponse.from_dict(response.json())

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
) -> Response[AiInferenceEventListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    source: Source | Unset = UNSET,
    model_id: str | Unset = UNSET,
    application: str | Unset = UNSET,
    team: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[AiInferenceEventListResponse | ErrorResponse]:
    """List inference spend events

     Per-event managed-inference spend, newest first. Each event is one request (or, for
    providers that only report aggregates, one aggregated usage record) with its token usage,
    cost, latency and attribution. Filters combine with AND: `source`, `model_id`,
    `application` and `team` match exactly; `start`/`end` bound `occurred_at`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        source (Source | Unset): Where spend comes from.
        model_id (str | Unset):
        application (str | Unset):
        team (str | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiInferenceEventListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        source=source,
        model_id=model_id,
        application=application,
        team=team,
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
    source: Source | Unset = UNSET,
    model_id: str | Unset = UNSET,
    application: str | Unset = UNSET,
    team: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> AiInferenceEventListResponse | ErrorResponse | None:
    """List inference spend events

     Per-event managed-inference spend, newest first. Each event is one request (or, for
    providers that only report aggregates, one aggregated usage record) with its token usage,
    cost, latency and attribution. Filters combine with AND: `source`, `model_id`,
    `application` and `team` match exactly; `start`/`end` bound `occurred_at`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        source (Source | Unset): Where spend comes from.
        model_id (str | Unset):
        application (str | Unset):
        team (str | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiInferenceEventListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        source=source,
        model_id=model_id,
        application=application,
        team=team,
        start=start,
        end=end,
        limit=limit,
        cursor=cursor,
        x_active_tenant_id=x_active_tenant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    source: Source | Unset = UNSET,
    model_id: str | Unset = UNSET,
    application: str | Unset = UNSET,
    team: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> Response[AiInferenceEventListResponse | ErrorResponse]:
    """List inference spend events

     Per-event managed-inference spend, newest first. Each event is one request (or, for
    providers that only report aggregates, one aggregated usage record) with its token usage,
    cost, latency and attribution. Filters combine with AND: `source`, `model_id`,
    `application` and `team` match exactly; `start`/`end` bound `occurred_at`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        source (Source | Unset): Where spend comes from.
        model_id (str | Unset):
        application (str | Unset):
        team (str | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiInferenceEventListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        source=source,
        model_id=model_id,
        application=application,
        team=team,
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
    source: Source | Unset = UNSET,
    model_id: str | Unset = UNSET,
    application: str | Unset = UNSET,
    team: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> AiInferenceEventListResponse | ErrorResponse | None:
    """List inference spend events

     Per-event managed-inference spend, newest first. Each event is one request (or, for
    providers that only report aggregates, one aggregated usage record) with its token usage,
    cost, latency and attribution. Filters combine with AND: `source`, `model_id`,
    `application` and `team` match exactly; `start`/`end` bound `occurred_at`.

    Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

    Args:
        source (Source | Unset): Where spend comes from.
        model_id (str | Unset):
        application (str | Unset):
        team (str | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        x_active_tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiInferenceEventListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            source=source,
            model_id=model_id,
            application=application,
            team=team,
            start=start,
            end=end,
            limit=limit,
            cursor=cursor,
            x_active_tenant_id=x_active_tenant_id,
        )
    ).parsed
