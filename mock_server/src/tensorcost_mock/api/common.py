"""Helpers every service's handlers share: the ``start``/``end`` window of list operations and
the audit event of a write."""

from __future__ import annotations

from datetime import UTC, datetime

from tensorcost_mock.api.context import HandlerContext, query_window
from tensorcost_mock.domain.common import CLIENT_IP
from tensorcost_mock.events import AuditRecorded
from tensorcost_mock.state import parse_time


def in_window(ctx: HandlerContext) -> tuple[datetime, datetime | None]:
    """``start``/``end`` as the spec's WindowStart/WindowEnd define them (start defaults to the
    start of the month). Without ``end`` there is no upper bound, so what happened at this very
    instant (a write just now, on a frozen clock) is listed too."""
    if ctx.query.get("end"):
        return query_window(ctx)  # also refuses start >= end
    start = ctx.query.get("start")
    if start:
        return parse_time(start), None
    return ctx.now.astimezone(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0), None


def audit(ctx: HandlerContext, action: str, target_type: str, target_id: str) -> None:
    """Publish a successful write of the calling user (request id = this request's trace id)."""
    assert ctx.principal is not None
    ctx.runtime.bus.publish(
        AuditRecorded(
            ctx.store,
            actor=ctx.principal.user,
            action=action,
            target=(target_type, target_id),
            at=ctx.now,
            request_id=ctx.trace_id,
            ip=ctx.client_ip or CLIENT_IP,
        )
    )
