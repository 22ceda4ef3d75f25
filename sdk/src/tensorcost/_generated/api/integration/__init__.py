"""The `integration` operations as typed service classes (rendered from codegen/templates)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ... import models as _models
from ...types import UNSET, ResultList, Unset
from .. import (
    AsyncPage,
    AsyncRunner,
    Operation,
    PageData,
    RawResponse,
    SyncPage,
    SyncRunner,
    TimeoutTypes,
)
from . import (
    integration_create_connection,
    integration_list_connections,
    integration_list_sync_history,
    integration_rotate_secret,
    integration_validate_connection,
)

if TYPE_CHECKING:
    from ...models.connection import Connection
    from ...models.connection_provider import ConnectionProvider
    from ...models.connection_status import ConnectionStatus
    from ...models.connection_validation import ConnectionValidation
    from ...models.create_connection_request import CreateConnectionRequest
    from ...models.rotate_secret_request import RotateSecretRequest
    from ...models.sync_run import SyncRun
    from ...models.sync_run_status import SyncRunStatus


def _parse_create_connection(body: Any) -> Connection:
    return _models.ConnectionResponse.from_dict(body).data


_CREATE_CONNECTION: Operation[Connection] = Operation(
    "integration_create_connection",
    _parse_create_connection,
    idempotency_header=True,
)


def _parse_list_connections(body: Any) -> ResultList[Connection]:
    return _models.ConnectionListResponse.from_dict(body).data


_LIST_CONNECTIONS: Operation[ResultList[Connection]] = Operation(
    "integration_list_connections",
    _parse_list_connections,
)


def _parse_list_sync_history(body: Any) -> PageData[SyncRun]:
    envelope = _models.SyncHistoryResponse.from_dict(body)
    cursor = envelope.next_cursor
    return envelope.data, cursor if isinstance(cursor, str) else None


_LIST_SYNC_HISTORY: Operation[PageData[SyncRun]] = Operation(
    "integration_list_sync_history",
    _parse_list_sync_history,
    paginated=True,
)


def _parse_rotate_secret(body: Any) -> Connection:
    return _models.ConnectionResponse.from_dict(body).data


_ROTATE_SECRET: Operation[Connection] = Operation(
    "integration_rotate_secret",
    _parse_rotate_secret,
    idempotency_header=True,
)


def _parse_validate_connection(body: Any) -> ConnectionValidation:
    return _models.ConnectionValidationResponse.from_dict(body).data


_VALIDATE_CONNECTION: Operation[ConnectionValidation] = Operation(
    "integration_validate_connection",
    _parse_validate_connection,
    idempotency_header=True,
)


class IntegrationService:
    """The `integration` operations. Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> IntegrationServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return IntegrationServiceWithRawResponse(self._runner)

    def create_connection(
        self,
        *,
        body: CreateConnectionRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Connection:
        """Create a connection.

        Connect a cloud account, inference provider or GPU-agent cluster (Bedrock, Azure OpenAI,
        etc.). The auth `method` must fit the provider: `aws_assume_role` for aws and bedrock,
        `azure_service_principal` for azure and azure_openai, `gcp_service_account` for gcp,
        `api_key` for openai and anthropic, `agent_credential` for gpu_agent (otherwise 400). The
        connection starts `pending`; a first validation runs in
        the background and moves it to `active`, `degraded` or `failed`. Secrets are stored
        encrypted and never returned. A second connection for the same `provider` and
        `account_id` is refused with 409 `DUPLICATE`.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `integration_create_connection`: POST `/v1/integration/connections`.
        """

        request_kwargs = integration_create_connection._get_kwargs(
            body=self._runner.as_body(_models.CreateConnectionRequest.from_dict, body),
        )

        return self._runner.request(
            _CREATE_CONNECTION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def list_connections(
        self,
        *,
        provider: ConnectionProvider | Unset = UNSET,
        status: ConnectionStatus | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[Connection]:
        """List connections.

        Cloud accounts, inference providers and GPU-agent clusters connected to the tenant, newest
        first. Filter by `provider` and `status`. Secrets are never returned: each connection
        says only whether one is stored (`has_secret`) and when it was last rotated.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `integration_list_connections`: GET `/v1/integration/connections`.

        Args:
            provider (ConnectionProvider, optional): Only connections to this provider.
            status (ConnectionStatus, optional): Only connections in this status, e.g. `failed` to
                find broken ingestion.
        """

        request_kwargs = integration_list_connections._get_kwargs(
            provider=provider,
            status=status,
        )

        return self._runner.request(
            _LIST_CONNECTIONS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_sync_history(
        self,
        id: str,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        status: SyncRunStatus | Unset = UNSET,
        step: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> SyncPage[SyncRun]:
        """List sync history.

        The connection's ingestion runs, one row per step (e.g. `assume_role`,
        `fetch_cost_export`, `fetch_invocation_logs`, `normalize_focus`, `load`), newest first.
        Steps of the same sync share a `sync_id`. Filter by `status`, by `step`, and by
        `start`/`end`, which bound the step's `started_at`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `integration_list_sync_history`: GET `/v1/integration/connections/{id}/sync-history`.

        Args:
            id (str): The connection id. Opaque string; ids start with `con_`.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
            status (SyncRunStatus, optional): Only step runs in this status.
            step (str, optional): Only runs of this step.
        """

        request_kwargs = integration_list_sync_history._get_kwargs(
            id=id,
            limit=limit,
            cursor=cursor,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            status=status,
            step=step,
        )

        return self._runner.paginate(
            _LIST_SYNC_HISTORY,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def rotate_secret(
        self,
        id: str,
        *,
        body: RotateSecretRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Connection:
        """Rotate a connection's secret.

        Replace the secret stored for the connection. Send the new client secret, service-account
        key or API key in the body (after creating it at the provider); the service checks that
        it authenticates, swaps it in, sets `secret_rotated_at` and discards the old one. The
        body is optional: without it the service mints the new credential itself where the
        method allows (`azure_service_principal`, `gcp_service_account`, `agent_credential`);
        an `api_key` connection needs a body (400 otherwise). Connections that hold no stored
        secret (`aws_assume_role`) and `disabled` connections answer 409
        `INVALID_STATE_TRANSITION`. The response never contains the secret.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `integration_rotate_secret`: POST `/v1/integration/connections/{id}/rotate-secret`.

        Args:
            id (str): The connection id (a connection that stores a secret: not `aws_assume_role`).
                Opaque string; ids start with `con_`.
        """

        request_kwargs = integration_rotate_secret._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.RotateSecretRequest.from_dict, body),
        )

        return self._runner.request(
            _ROTATE_SECRET,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def validate_connection(
        self,
        id: str,
        *,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ConnectionValidation:
        """Validate a connection.

        Re-run the connection's health checks now (for AWS: STS AssumeRole, read access to the
        cost export, Bedrock invocation logging) and return each named check with
        `pass`, `warn` or `fail`. The overall `status` is the worst check result, and the
        connection's own status is updated from it (`pass` to `active`, `warn` to `degraded`,
        `fail` to `failed`). A `disabled` connection is not validated (409
        `INVALID_STATE_TRANSITION`).

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `integration_validate_connection`: POST `/v1/integration/connections/{id}/validate`.

        Args:
            id (str): The connection id. Opaque string; ids start with `con_`.
        """

        request_kwargs = integration_validate_connection._get_kwargs(
            id=id,
        )

        return self._runner.request(
            _VALIDATE_CONNECTION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )


class IntegrationServiceWithRawResponse:
    """The `integration` operations, returning raw responses."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create_connection(
        self,
        *,
        body: CreateConnectionRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Connection]:
        """`IntegrationService.create_connection`, returning the raw response."""
        request_kwargs = integration_create_connection._get_kwargs(
            body=self._runner.as_body(_models.CreateConnectionRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _CREATE_CONNECTION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def list_connections(
        self,
        *,
        provider: ConnectionProvider | Unset = UNSET,
        status: ConnectionStatus | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[Connection]]:
        """`IntegrationService.list_connections`, returning the raw response."""
        request_kwargs = integration_list_connections._get_kwargs(
            provider=provider,
            status=status,
        )

        return self._runner.request_raw(
            _LIST_CONNECTIONS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_sync_history(
        self,
        id: str,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        status: SyncRunStatus | Unset = UNSET,
        step: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[SyncPage[SyncRun]]:
        """`IntegrationService.list_sync_history`, returning the raw response."""
        request_kwargs = integration_list_sync_history._get_kwargs(
            id=id,
            limit=limit,
            cursor=cursor,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            status=status,
            step=step,
        )

        return self._runner.paginate_raw(
            _LIST_SYNC_HISTORY,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def rotate_secret(
        self,
        id: str,
        *,
        body: RotateSecretRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Connection]:
        """`IntegrationService.rotate_secret`, returning the raw response."""
        request_kwargs = integration_rotate_secret._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.RotateSecretRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _ROTATE_SECRET,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def validate_connection(
        self,
        id: str,
        *,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ConnectionValidation]:
        """`IntegrationService.validate_connection`, returning the raw response."""
        request_kwargs = integration_validate_connection._get_kwargs(
            id=id,
        )

        return self._runner.request_raw(
            _VALIDATE_CONNECTION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )


class AsyncIntegrationService:
    """The `integration` operations (async). Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> AsyncIntegrationServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return AsyncIntegrationServiceWithRawResponse(self._runner)

    async def create_connection(
        self,
        *,
        body: CreateConnectionRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Connection:
        """Create a connection.

        Connect a cloud account, inference provider or GPU-agent cluster (Bedrock, Azure OpenAI,
        etc.). The auth `method` must fit the provider: `aws_assume_role` for aws and bedrock,
        `azure_service_principal` for azure and azure_openai, `gcp_service_account` for gcp,
        `api_key` for openai and anthropic, `agent_credential` for gpu_agent (otherwise 400). The
        connection starts `pending`; a first validation runs in
        the background and moves it to `active`, `degraded` or `failed`. Secrets are stored
        encrypted and never returned. A second connection for the same `provider` and
        `account_id` is refused with 409 `DUPLICATE`.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `integration_create_connection`: POST `/v1/integration/connections`.
        """

        request_kwargs = integration_create_connection._get_kwargs(
            body=self._runner.as_body(_models.CreateConnectionRequest.from_dict, body),
        )

        return await self._runner.request(
            _CREATE_CONNECTION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def list_connections(
        self,
        *,
        provider: ConnectionProvider | Unset = UNSET,
        status: ConnectionStatus | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[Connection]:
        """List connections.

        Cloud accounts, inference providers and GPU-agent clusters connected to the tenant, newest
        first. Filter by `provider` and `status`. Secrets are never returned: each connection
        says only whether one is stored (`has_secret`) and when it was last rotated.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `integration_list_connections`: GET `/v1/integration/connections`.

        Args:
            provider (ConnectionProvider, optional): Only connections to this provider.
            status (ConnectionStatus, optional): Only connections in this status, e.g. `failed` to
                find broken ingestion.
        """

        request_kwargs = integration_list_connections._get_kwargs(
            provider=provider,
            status=status,
        )

        return await self._runner.request(
            _LIST_CONNECTIONS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_sync_history(
        self,
        id: str,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        status: SyncRunStatus | Unset = UNSET,
        step: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[SyncRun]:
        """List sync history.

        The connection's ingestion runs, one row per step (e.g. `assume_role`,
        `fetch_cost_export`, `fetch_invocation_logs`, `normalize_focus`, `load`), newest first.
        Steps of the same sync share a `sync_id`. Filter by `status`, by `step`, and by
        `start`/`end`, which bound the step's `started_at`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `integration_list_sync_history`: GET `/v1/integration/connections/{id}/sync-history`.

        Args:
            id (str): The connection id. Opaque string; ids start with `con_`.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
            status (SyncRunStatus, optional): Only step runs in this status.
            step (str, optional): Only runs of this step.
        """

        request_kwargs = integration_list_sync_history._get_kwargs(
            id=id,
            limit=limit,
            cursor=cursor,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            status=status,
            step=step,
        )

        return await self._runner.paginate(
            _LIST_SYNC_HISTORY,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def rotate_secret(
        self,
        id: str,
        *,
        body: RotateSecretRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Connection:
        """Rotate a connection's secret.

        Replace the secret stored for the connection. Send the new client secret, service-account
        key or API key in the body (after creating it at the provider); the service checks that
        it authenticates, swaps it in, sets `secret_rotated_at` and discards the old one. The
        body is optional: without it the service mints the new credential itself where the
        method allows (`azure_service_principal`, `gcp_service_account`, `agent_credential`);
        an `api_key` connection needs a body (400 otherwise). Connections that hold no stored
        secret (`aws_assume_role`) and `disabled` connections answer 409
        `INVALID_STATE_TRANSITION`. The response never contains the secret.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `integration_rotate_secret`: POST `/v1/integration/connections/{id}/rotate-secret`.

        Args:
            id (str): The connection id (a connection that stores a secret: not `aws_assume_role`).
                Opaque string; ids start with `con_`.
        """

        request_kwargs = integration_rotate_secret._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.RotateSecretRequest.from_dict, body),
        )

        return await self._runner.request(
            _ROTATE_SECRET,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def validate_connection(
        self,
        id: str,
        *,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ConnectionValidation:
        """Validate a connection.

        Re-run the connection's health checks now (for AWS: STS AssumeRole, read access to the
        cost export, Bedrock invocation logging) and return each named check with
        `pass`, `warn` or `fail`. The overall `status` is the worst check result, and the
        connection's own status is updated from it (`pass` to `active`, `warn` to `degraded`,
        `fail` to `failed`). A `disabled` connection is not validated (409
        `INVALID_STATE_TRANSITION`).

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `integration_validate_connection`: POST `/v1/integration/connections/{id}/validate`.

        Args:
            id (str): The connection id. Opaque string; ids start with `con_`.
        """

        request_kwargs = integration_validate_connection._get_kwargs(
            id=id,
        )

        return await self._runner.request(
            _VALIDATE_CONNECTION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )


class AsyncIntegrationServiceWithRawResponse:
    """The `integration` operations (async), returning raw responses."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create_connection(
        self,
        *,
        body: CreateConnectionRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Connection]:
        """`AsyncIntegrationService.create_connection`, returning the raw response."""
        request_kwargs = integration_create_connection._get_kwargs(
            body=self._runner.as_body(_models.CreateConnectionRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _CREATE_CONNECTION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def list_connections(
        self,
        *,
        provider: ConnectionProvider | Unset = UNSET,
        status: ConnectionStatus | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[Connection]]:
        """`AsyncIntegrationService.list_connections`, returning the raw response."""
        request_kwargs = integration_list_connections._get_kwargs(
            provider=provider,
            status=status,
        )

        return await self._runner.request_raw(
            _LIST_CONNECTIONS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_sync_history(
        self,
        id: str,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        status: SyncRunStatus | Unset = UNSET,
        step: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AsyncPage[SyncRun]]:
        """`AsyncIntegrationService.list_sync_history`, returning the raw response."""
        request_kwargs = integration_list_sync_history._get_kwargs(
            id=id,
            limit=limit,
            cursor=cursor,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            status=status,
            step=step,
        )

        return await self._runner.paginate_raw(
            _LIST_SYNC_HISTORY,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def rotate_secret(
        self,
        id: str,
        *,
        body: RotateSecretRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Connection]:
        """`AsyncIntegrationService.rotate_secret`, returning the raw response."""
        request_kwargs = integration_rotate_secret._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.RotateSecretRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _ROTATE_SECRET,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def validate_connection(
        self,
        id: str,
        *,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ConnectionValidation]:
        """`AsyncIntegrationService.validate_connection`, returning the raw response."""
        request_kwargs = integration_validate_connection._get_kwargs(
            id=id,
        )

        return await self._runner.request_raw(
            _VALIDATE_CONNECTION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )


__all__ = (
    "AsyncIntegrationService",
    "AsyncIntegrationServiceWithRawResponse",
    "IntegrationService",
    "IntegrationServiceWithRawResponse",
)
