"""The `report` operations as typed service classes (rendered from codegen/templates)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, overload

from ... import models as _models
from ...types import UNSET, ResultList, Unset
from .. import (
    AsyncRunner,
    FileTarget,
    Operation,
    RawResponse,
    SyncRunner,
    TimeoutTypes,
    parse_bytes,
)
from . import (
    report_create_scheduled_export,
    report_export,
    report_list_scheduled_exports,
)

if TYPE_CHECKING:
    from ...models.create_scheduled_export_request import CreateScheduledExportRequest
    from ...models.export_format import ExportFormat
    from ...models.export_resource import ExportResource
    from ...models.scheduled_export import ScheduledExport


def _parse_create_scheduled_export(body: Any) -> ScheduledExport:
    return _models.ScheduledExportResponse.from_dict(body).data


_CREATE_SCHEDULED_EXPORT: Operation[ScheduledExport] = Operation(
    "report_create_scheduled_export",
    _parse_create_scheduled_export,
    idempotency_header=True,
)


_EXPORT: Operation[bytes] = Operation(
    "report_export",
    parse_bytes,
    body_kind="binary",
    accept="text/csv, application/pdf, application/json;q=0.5",
)


def _parse_list_scheduled_exports(body: Any) -> ResultList[ScheduledExport]:
    return _models.ScheduledExportListResponse.from_dict(body).data


_LIST_SCHEDULED_EXPORTS: Operation[ResultList[ScheduledExport]] = Operation(
    "report_list_scheduled_exports",
    _parse_list_scheduled_exports,
)


class ReportService:
    """The `report` operations. Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> ReportServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return ReportServiceWithRawResponse(self._runner)

    def create_scheduled_export(
        self,
        *,
        body: CreateScheduledExportRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ScheduledExport:
        """Create a scheduled export.

        Schedules a recurring export of `resource` in `format`, run on a five-field cron
        expression in an IANA time zone, covering `period` before each run and delivered to
        email addresses and/or notification channels (at least one target in total; channel ids
        must exist). Names are unique per tenant: a duplicate answers 409 `DUPLICATE`.

        Required role: `finops_analyst`; allowed: `owner`, `admin`, `finops_analyst`.

        Operation `report_create_scheduled_export`: POST `/v1/report/scheduled`.
        """

        request_kwargs = report_create_scheduled_export._get_kwargs(
            body=self._runner.as_body(_models.CreateScheduledExportRequest.from_dict, body),
        )

        return self._runner.request(
            _CREATE_SCHEDULED_EXPORT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    @overload
    def export(
        self,
        resource: ExportResource,
        *,
        format: ExportFormat,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        to: None = None,
        progress: bool = False,
        overwrite: bool = False,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> bytes: ...

    @overload
    def export(
        self,
        resource: ExportResource,
        *,
        format: ExportFormat,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        to: FileTarget,
        progress: bool = False,
        overwrite: bool = False,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> None: ...

    def export(
        self,
        resource: ExportResource,
        *,
        format: ExportFormat,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        to: FileTarget | None = None,
        progress: bool = False,
        overwrite: bool = False,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> bytes | None:
        """Export a resource (streamed to `to` when given, else returned as bytes; `progress=True` shows a bar).

        One-shot export of a resource as a file: CSV (one row per record, FOCUS column names for
        cost data) or a formatted PDF report. `start`/`end` select the window for time-based
        resources (cost, ai-spend, alerts, metrics, savings; default: the current calendar month
        to now); `instances` exports the current inventory and ignores the window. The body is the
        file itself, not the JSON envelope; errors still answer with the JSON error envelope.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        `to=PATH` writes a new file and refuses an existing one (`FileExistsError`) or a directory
        (`IsADirectoryError`) before the request; `overwrite=True` replaces an existing regular file
        atomically, never a directory or a symbolic link. `to=` also takes an open binary file.

        Operation `report_export`: GET `/v1/report/exports/{resource}`.

        Args:
            resource (ExportResource): What to export.
            format (ExportFormat): File format of the export.
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = report_export._get_kwargs(
            resource=resource,
            format_=format,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.download(
            _EXPORT,
            request_kwargs,
            to=to,
            progress=progress,
            overwrite=overwrite,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_scheduled_exports(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[ScheduledExport]:
        """List scheduled exports.

        The tenant's scheduled export jobs with their next and last run, soonest next run first.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `report_list_scheduled_exports`: GET `/v1/report/scheduled`.
        """

        request_kwargs = report_list_scheduled_exports._get_kwargs()

        return self._runner.request(
            _LIST_SCHEDULED_EXPORTS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class ReportServiceWithRawResponse:
    """The `report` operations, returning raw responses."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create_scheduled_export(
        self,
        *,
        body: CreateScheduledExportRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ScheduledExport]:
        """`ReportService.create_scheduled_export`, returning the raw response."""
        request_kwargs = report_create_scheduled_export._get_kwargs(
            body=self._runner.as_body(_models.CreateScheduledExportRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _CREATE_SCHEDULED_EXPORT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def export(
        self,
        resource: ExportResource,
        *,
        format: ExportFormat,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[bytes]:
        """`ReportService.export`, returning the raw response."""
        request_kwargs = report_export._get_kwargs(
            resource=resource,
            format_=format,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request_raw(
            _EXPORT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_scheduled_exports(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[ScheduledExport]]:
        """`ReportService.list_scheduled_exports`, returning the raw response."""
        request_kwargs = report_list_scheduled_exports._get_kwargs()

        return self._runner.request_raw(
            _LIST_SCHEDULED_EXPORTS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class AsyncReportService:
    """The `report` operations (async). Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> AsyncReportServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return AsyncReportServiceWithRawResponse(self._runner)

    async def create_scheduled_export(
        self,
        *,
        body: CreateScheduledExportRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ScheduledExport:
        """Create a scheduled export.

        Schedules a recurring export of `resource` in `format`, run on a five-field cron
        expression in an IANA time zone, covering `period` before each run and delivered to
        email addresses and/or notification channels (at least one target in total; channel ids
        must exist). Names are unique per tenant: a duplicate answers 409 `DUPLICATE`.

        Required role: `finops_analyst`; allowed: `owner`, `admin`, `finops_analyst`.

        Operation `report_create_scheduled_export`: POST `/v1/report/scheduled`.
        """

        request_kwargs = report_create_scheduled_export._get_kwargs(
            body=self._runner.as_body(_models.CreateScheduledExportRequest.from_dict, body),
        )

        return await self._runner.request(
            _CREATE_SCHEDULED_EXPORT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    @overload
    async def export(
        self,
        resource: ExportResource,
        *,
        format: ExportFormat,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        to: None = None,
        progress: bool = False,
        overwrite: bool = False,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> bytes: ...

    @overload
    async def export(
        self,
        resource: ExportResource,
        *,
        format: ExportFormat,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        to: FileTarget,
        progress: bool = False,
        overwrite: bool = False,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> None: ...

    async def export(
        self,
        resource: ExportResource,
        *,
        format: ExportFormat,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        to: FileTarget | None = None,
        progress: bool = False,
        overwrite: bool = False,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> bytes | None:
        """Export a resource (streamed to `to` when given, else returned as bytes; `progress=True` shows a bar).

        One-shot export of a resource as a file: CSV (one row per record, FOCUS column names for
        cost data) or a formatted PDF report. `start`/`end` select the window for time-based
        resources (cost, ai-spend, alerts, metrics, savings; default: the current calendar month
        to now); `instances` exports the current inventory and ignores the window. The body is the
        file itself, not the JSON envelope; errors still answer with the JSON error envelope.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        `to=PATH` writes a new file and refuses an existing one (`FileExistsError`) or a directory
        (`IsADirectoryError`) before the request; `overwrite=True` replaces an existing regular file
        atomically, never a directory or a symbolic link. `to=` also takes an open binary file.

        Operation `report_export`: GET `/v1/report/exports/{resource}`.

        Args:
            resource (ExportResource): What to export.
            format (ExportFormat): File format of the export.
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = report_export._get_kwargs(
            resource=resource,
            format_=format,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.download(
            _EXPORT,
            request_kwargs,
            to=to,
            progress=progress,
            overwrite=overwrite,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_scheduled_exports(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[ScheduledExport]:
        """List scheduled exports.

        The tenant's scheduled export jobs with their next and last run, soonest next run first.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `report_list_scheduled_exports`: GET `/v1/report/scheduled`.
        """

        request_kwargs = report_list_scheduled_exports._get_kwargs()

        return await self._runner.request(
            _LIST_SCHEDULED_EXPORTS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class AsyncReportServiceWithRawResponse:
    """The `report` operations (async), returning raw responses."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create_scheduled_export(
        self,
        *,
        body: CreateScheduledExportRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ScheduledExport]:
        """`AsyncReportService.create_scheduled_export`, returning the raw response."""
        request_kwargs = report_create_scheduled_export._get_kwargs(
            body=self._runner.as_body(_models.CreateScheduledExportRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _CREATE_SCHEDULED_EXPORT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def export(
        self,
        resource: ExportResource,
        *,
        format: ExportFormat,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[bytes]:
        """`AsyncReportService.export`, returning the raw response."""
        request_kwargs = report_export._get_kwargs(
            resource=resource,
            format_=format,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request_raw(
            _EXPORT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_scheduled_exports(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[ScheduledExport]]:
        """`AsyncReportService.list_scheduled_exports`, returning the raw response."""
        request_kwargs = report_list_scheduled_exports._get_kwargs()

        return await self._runner.request_raw(
            _LIST_SCHEDULED_EXPORTS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


__all__ = (
    "AsyncReportService",
    "AsyncReportServiceWithRawResponse",
    "ReportService",
    "ReportServiceWithRawResponse",
)
