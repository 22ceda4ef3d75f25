"""The request context a handler gets, the reply it returns and the ``@handler`` mark.

A handler is a function of a :class:`HandlerContext`, named after its operationId::

    from tensorcost_mock.api.context import HandlerContext, Reply, handler

    @handler("cost_list_recommendations")
    def list_recommendations(ctx: HandlerContext) -> Reply:
        recs = ctx.store.collection("recommendations").filter(status=ctx.query.get("status"))
        return ctx.page(recs)

By the time it runs, the request is authenticated, within the rate limit and valid against the
spec (``ctx.query`` has the spec's defaults filled in), and the role may call it. It returns a
``Reply`` (``ctx.ok``/``ctx.created``/``ctx.page``/``ctx.file``) or raises ``ApiError``
(``ctx.store.collection(...).require(id)`` raises the 404). An operation without a handler
answers its success example from the spec.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from tensorcost_mock.errors import ApiError
from tensorcost_mock.state import Record, TenantStore, paginate, parse_time

if TYPE_CHECKING:
    from tensorcost_mock.auth import Principal
    from tensorcost_mock.runtime import Runtime
    from tensorcost_mock.spec import Operation


@dataclass
class Reply:
    """What a handler answers: a status, a JSON-able body (or bytes) and extra headers.

    A non-JSON body may also be an iterator of ``bytes`` chunks (e.g. a long CSV export): it is
    streamed as produced, without a Content-Length, and strict mode checks the headers, the media
    type and that the first chunk is not empty.
    """

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = "application/json"


@dataclass
class HandlerContext:
    op: Operation
    #: The server's runtime: ``ctx.runtime.directory`` (users, memberships), ``.tokens``, ``.clock``...
    runtime: Runtime
    principal: Principal | None
    store: TenantStore  # the active tenant's state (an empty store for unauthenticated operations)
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]  # the operation's declared header parameters, by their spec name
    body: Any
    trace_id: str
    now: datetime
    #: The peer's address (``scope["client"]``), e.g. for audit events; None when the server does not know it.
    client_ip: str | None = None
    #: Callables run after the response is sent (webhook deliveries, ...).
    background: list[Callable[[], Awaitable[Any]]] = field(default_factory=list)

    # -- answers -------------------------------------------------------------------------------

    def ok(self, data: Any, *, status: int | None = None, count: int | None = None, **extra: Any) -> Reply:
        """The success envelope ``{success: true, data, count, **extra}`` with the operation's 2xx status."""
        if count is None:
            count = len(data) if isinstance(data, list) else 1
        return Reply(
            status or self.op.success_status, {"success": True, "data": data, "count": count, **extra}
        )

    def created(self, data: Any, **extra: Any) -> Reply:
        return self.ok(data, status=201, **extra)

    def page(self, items: list[Any], **extra: Any) -> Reply:
        """One page of ``items`` per the spec's ``limit``/``cursor``, with ``next_cursor``."""
        limit = int(self.query.get("limit", 100))
        page, next_cursor = paginate(items, limit, self.query.get("cursor"))
        return self.ok(page, next_cursor=next_cursor, **extra)

    def file(self, content: bytes | Iterator[bytes], media_type: str, filename: str | None = None) -> Reply:
        """A file body: ``bytes``, or an iterator of chunks that is streamed as it is produced."""
        headers = {"Content-Disposition": f'attachment; filename="{filename}"'} if filename else {}
        return Reply(self.op.success_status, content, headers, media_type)

    def emit(self, event_type: str, data: Any) -> dict[str, Any]:
        """Send a webhook event of the spec's catalog to the tenant's subscribed endpoints; the
        deliveries run after the response is sent (see :meth:`Runtime.emit`)."""
        return self.runtime.emit(self.store, event_type, data, self.background)

    def error(self, status: int, code: str, message: str) -> ApiError:
        """An error to ``raise`` (its status must be documented for the operation)."""
        return ApiError(status, code, message)


Handler = Callable[[HandlerContext], "Reply | Awaitable[Reply]"]


def handler(operation_id: str) -> Callable[[Handler], Handler]:
    """Mark a function (sync or async) as the behaviour of one operation; it registers nothing:
    ``registry.py`` collects the marked functions of the service modules it lists."""

    def mark(fn: Handler) -> Handler:
        # Stacked marks serve several operations with one function (a legacy path and its successor).
        fn.operation_ids = (*getattr(fn, "operation_ids", ()), operation_id)  # type: ignore[attr-defined]
        return fn

    return mark


def overlaps_query_window(ctx: HandlerContext) -> Callable[[Record], bool]:
    """Keeps records whose ``window`` overlaps the optional ``start``/``end`` (either may be omitted)."""
    start = parse_time(ctx.query["start"]) if ctx.query.get("start") else None
    end = parse_time(ctx.query["end"]) if ctx.query.get("end") else None
    if start is not None and end is not None and start >= end:
        raise ApiError(
            400,
            "VALIDATION_FAILED",
            'Request validation failed: query parameter "end" must be after start',
            [{"location": "query", "field": "end", "message": "must be after start"}],
        )

    def overlaps(record: Record) -> bool:
        window = record["window"]
        return (end is None or parse_time(window["start"]) < end) and (
            start is None or parse_time(window["end"]) > start
        )

    return overlaps


def query_window(ctx: HandlerContext) -> tuple[datetime, datetime]:
    """The ``start``/``end`` query window (UTC); defaults to the calendar month so far; 400 when start >= end."""
    end = ctx.query.get("end")
    start = ctx.query.get("start")
    end_dt = parse_time(end) if end else ctx.now.astimezone(UTC).replace(microsecond=0)
    # The month of the instant just before `end`: at 00:00:00 on the 1st, "so far" is last month.
    month_of = end_dt - timedelta(microseconds=1)
    start_dt = (
        parse_time(start) if start else month_of.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    )
    if start_dt >= end_dt:
        raise ApiError(
            400,
            "VALIDATION_FAILED",
            'Request validation failed: query parameter "end" must be after start',
            [{"location": "query", "field": "end", "message": "must be after start"}],
        )
    return start_dt, end_dt
