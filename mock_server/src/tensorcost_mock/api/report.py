"""report's handlers: scheduled exports and the CSV/PDF exports of instances, cost, AI spend,
alerts, GPU metrics and savings (what they read of other services comes through
``runtime.reads(Reads)``, see :class:`tensorcost_mock.domain.report.Reads`)."""

from __future__ import annotations

from tensorcost_mock.api.context import HandlerContext, Reply, handler, query_window
from tensorcost_mock.domain.report import (
    EXPORTS,
    Reads,
    csv_chunks,
    render_pdf,
    scheduled_export,
)
from tensorcost_mock.state import iso


def _reads(ctx: HandlerContext) -> Reads:
    """The other services' data report reads, as the registry wired them into the runtime."""
    return ctx.runtime.reads(Reads)


@handler("report_list_scheduled_exports")
def list_scheduled_exports(ctx: HandlerContext) -> Reply:
    jobs = list(ctx.store.collection("scheduled_exports"))
    jobs.sort(key=lambda j: (j["next_run_at"] is None, j["next_run_at"] or "", j["name"]))
    return ctx.ok(jobs)


@handler("report_create_scheduled_export")
def create_scheduled_export(ctx: HandlerContext) -> Reply:
    return ctx.created(scheduled_export(ctx.store, ctx.body, ctx.now, _reads(ctx)))


@handler("report_export")
def export(ctx: HandlerContext) -> Reply:
    resource, fmt = str(ctx.path["resource"]), str(ctx.query["format"])
    start, end = query_window(ctx)
    table = EXPORTS[resource](ctx.store, ctx.now, _reads(ctx), start, end)
    stamps = [d.date().isoformat().replace("-", "") for d in (start, end)]
    filename = f"tensorcost-{resource}-{stamps[0]}-{stamps[1]}.{fmt}"
    if fmt == "csv":
        return ctx.file(csv_chunks(table.columns, table.rows), "text/csv", filename)  # streamed
    tenant = ctx.principal.tenant.name if ctx.principal else ""
    window = "current inventory" if resource == "instances" else f"{iso(start)} to {iso(end)}"
    return ctx.file(render_pdf(table, tenant, window, ctx.now), "application/pdf", filename)
