"""report: CSV and PDF exports built from the tenant's state, and scheduled exports with a cron evaluator."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from mock_helpers import NIMBUS, all_pages, bearer
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio

RESOURCES = ["instances", "cost", "ai-spend", "alerts", "metrics", "savings"]
FIRST_COLUMNS = {
    "instances": ["id", "name", "state", "instance_type", "gpu_type", "gpu_count", "region", "hourly_cost"],
    "cost": ["charge_period_start", "charge_period_end", "x_source", "service_name"],
    "ai-spend": ["id", "occurred_at", "source", "model_id"],
    "alerts": ["id", "triggered_at", "severity", "status"],
    "metrics": ["hour_start", "instance_id", "instance_name"],
    "savings": ["id", "recommendation_id", "recommendation_type"],
}
SCHEDULED = "/v1/report/scheduled"
JOB = {
    "name": "Monthly savings review",
    "resource": "savings",
    "format": "pdf",
    "period": "previous_month",
    "schedule": {"cron": "0 8 2 * *", "timezone": "America/New_York"},
    "delivery": {"emails": ["finops@acme-ai.com"], "channel_ids": []},
}


async def export(
    client: httpx.AsyncClient, app: MockApp, resource: str, fmt: str, **window: str
) -> httpx.Response:
    r = await client.get(
        f"/v1/report/exports/{resource}", params={"format": fmt, **window}, headers=bearer(app)
    )
    assert r.status_code == 200, r.text[:300]
    return r


def rows_of(r: httpx.Response) -> list[dict[str, str]]:
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(r.content.decode("utf-8"), newline="")))


@pytest.mark.parametrize("resource", RESOURCES)
async def test_csv_export_of_every_resource(client: httpx.AsyncClient, app: MockApp, resource: str) -> None:
    r = await export(client, app, resource, "csv")
    assert (
        r.headers["content-disposition"]
        == f'attachment; filename="tensorcost-{resource}-20261101-20261126.csv"'
    )
    header = r.content.decode().split("\r\n", 1)[0].split(",")
    assert header[: len(FIRST_COLUMNS[resource])] == FIRST_COLUMNS[resource]
    rows = rows_of(r)
    assert rows
    assert all(len(row) == len(header) and None not in row for row in rows)


async def test_cost_csv_adds_up_to_the_summary(client: httpx.AsyncClient, app: MockApp) -> None:
    window = {"start": "2026-11-10T00:00:00Z", "end": "2026-11-13T00:00:00Z"}
    rows = rows_of(await export(client, app, "cost", "csv", **window))
    summary = (await client.get("/v1/cost/summary", params=window, headers=bearer(app))).json()["data"]
    assert len(rows) == summary["event_count"]  # the summary's line items, one a row
    for column in ("effective_cost", "billed_cost", "list_cost"):
        assert sum(Decimal(row[column]) for row in rows) == Decimal(summary[column]["amount"])
    assert {row["charge_period_start"][:10] for row in rows} == {"2026-11-10", "2026-11-11", "2026-11-12"}
    assert {row["billing_currency"] for row in rows} == {"USD"}
    assert any(row["x_team"] == "" for row in rows)  # untagged spend stays visible


@pytest.mark.parametrize(
    "window",
    [
        # before the 35 seeded days: traffic the living world generates for the past on first use
        {"start": "2026-10-08T00:00:00Z", "end": "2026-10-11T00:00:00Z"},
        # from the seeding (clock at 2026-11-26T12:00Z) on, after the clock moved two days
        {"start": "2026-11-26T00:00:00Z", "end": "2026-11-28T11:00:00Z"},
    ],
)
async def test_ai_spend_export_agrees_with_the_ai_events_and_the_cost_summary(
    client: httpx.AsyncClient, app: MockApp, window: dict[str, str]
) -> None:
    """The export lists the inference events ``GET /v1/ai/spend`` lists for the window, generated as
    the clock reaches them (not just the seeded ones), and they add up to what cost charges for them."""
    await client.post("/_mock/clock", json={"advance_seconds": 2 * 86400})
    rows = rows_of(await export(client, app, "ai-spend", "csv", **window))
    events = await all_pages(client, "/v1/ai/spend", bearer(app), limit=500, **window)
    assert rows
    assert len(rows) == len(events)
    assert sorted(row["id"] for row in rows) == sorted(e["id"] for e in events)
    exported = sum(Decimal(row["effective_cost"]) for row in rows)
    summary = (await client.get("/v1/ai/spend/summary", params=window, headers=bearer(app))).json()["data"]
    assert exported == Decimal(summary["cost"]["amount"])
    # cost charges the managed-inference and agent spend; self-hosted models are paid for by GPU hours
    cost = (await client.get("/v1/cost/summary", params=window, headers=bearer(app))).json()["data"]
    charged = sum(Decimal(row["effective_cost"]) for row in rows if row["source"] != "gpu_agent")
    by_workload = cost["by_workload"]
    assert charged == Decimal(by_workload["managed_inference"]["amount"]) + Decimal(
        by_workload["agents"]["amount"]
    )
    assert charged > 0


async def test_csv_quoting_round_trips(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await export(client, app, "instances", "csv")
    assert '"{""' in r.text  # JSON tags hold commas and quotes, so the field is quoted and quotes doubled
    fleet = (await client.get("/v1/gpu/instances", params={"limit": 500}, headers=bearer(app))).json()["data"]
    rows = {row["id"]: row for row in rows_of(r)}
    assert len(rows) == len(fleet)
    for instance in fleet:
        assert json.loads(rows[instance["id"]]["tags"]) == instance["tags"]
        assert rows[instance["id"]]["hourly_cost"] == instance["hourly_cost"]["amount"]
    alerts = rows_of(await export(client, app, "alerts", "csv"))
    assert any("," in row["summary"] for row in alerts)


async def test_instances_ignore_the_window_and_others_follow_it(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    october = {"start": "2026-10-01T00:00:00Z", "end": "2026-11-01T00:00:00Z"}
    assert rows_of(await export(client, app, "instances", "csv", **october)) == rows_of(
        await export(client, app, "instances", "csv")
    )
    for resource, column in (
        ("ai-spend", "occurred_at"),
        ("alerts", "triggered_at"),
        ("metrics", "hour_start"),
    ):
        rows = rows_of(await export(client, app, resource, "csv", **october))
        assert rows, resource
        assert all("2026-10-01" <= row[column][:10] < "2026-11-01" for row in rows), resource


async def test_savings_export_shows_an_accepted_recommendation(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    accepted = await client.post("/v1/cost/recommendations/rec_u8jzPde0IgxLd6/accept", headers=bearer(app))
    entry = accepted.json()["data"]["ledger_entry"]
    rows = rows_of(await export(client, app, "savings", "csv", end="2026-12-31T00:00:00Z"))
    row = next(r for r in rows if r["id"] == entry["id"])
    assert row["status"] == "projected"
    assert row["savings"] == entry["savings"]["amount"]
    assert row["recommendation_title"] == accepted.json()["data"]["recommendation"]["title"]


async def test_export_errors_answer_the_json_envelope(client: httpx.AsyncClient, app: MockApp) -> None:
    for path, params in (
        ("/v1/report/exports/cost", {"format": "xlsx"}),
        ("/v1/report/exports/cost", {}),
        ("/v1/report/exports/invoices", {"format": "csv"}),
        (
            "/v1/report/exports/cost",
            {"format": "csv", "start": "2026-11-20T00:00:00Z", "end": "2026-11-10T00:00:00Z"},
        ),
    ):
        r = await client.get(path, params=params, headers=bearer(app))
        assert r.status_code == 400, (path, params)
        assert r.json()["code"] == "VALIDATION_FAILED"


def _pdf_structure(content: bytes) -> int:
    """Pages of a PDF, after checking its header, trailer and cross-reference table."""
    assert content.startswith(b"%PDF-1.")
    assert content.rstrip().endswith(b"%%EOF")
    assert b"xref" in content
    assert b"trailer" in content
    return len(re.findall(rb"/Type /Page\b", content))


@pytest.mark.parametrize("resource", RESOURCES)
async def test_pdf_export_is_a_real_table(
    client: httpx.AsyncClient, app: MockApp, resource: str, tmp_path: Path
) -> None:
    r = await export(client, app, resource, "pdf")
    assert r.headers["content-type"] == "application/pdf"
    assert (
        r.headers["content-disposition"]
        == f'attachment; filename="tensorcost-{resource}-20261101-20261126.pdf"'
    )
    assert _pdf_structure(r.content) >= 1
    if shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed; only the structure of the PDF was checked")
    pdf = tmp_path / "export.pdf"
    pdf.write_bytes(r.content)
    subprocess.run(
        ["pdftoppm", "-gray", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")], check=True
    )
    (image,) = tmp_path.glob("p*.pgm")
    width, height, pixels = _pgm(image.read_bytes())
    assert (width, height) == (468, 331)  # A4 landscape at 40 dpi
    dark = sum(1 for p in pixels if p < 128)
    assert dark > 0.02 * width * height  # text and table rules were drawn, the page is not blank
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True
    ).stdout.decode()
    assert "TensorCost" in text
    assert "Acme AI" in text


async def test_pdf_table_holds_the_records(client: httpx.AsyncClient, app: MockApp, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    window = {"start": "2026-11-10T00:00:00Z", "end": "2026-11-10T01:00:00Z"}  # line items are hourly
    rows = rows_of(await export(client, app, "cost", "csv", **window))
    pdf = tmp_path / "cost.pdf"
    pdf.write_bytes((await export(client, app, "cost", "pdf", **window)).content)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True
    ).stdout.decode()
    lines = [line for line in text.splitlines() if line.lstrip().startswith("2026-11-10T00:00:00Z")]
    assert len(lines) == len(rows)  # one table row per record
    for row in rows:
        assert any(row["effective_cost"] in line and row["x_source"] in line for line in lines)
    summary = (await client.get("/v1/cost/summary", params=window, headers=bearer(app))).json()["data"]
    assert f"{Decimal(summary['effective_cost']['amount']).quantize(Decimal('0.01'))} USD" in text  # in cents


def _pgm(data: bytes) -> tuple[int, int, bytes]:
    fields = data.split(maxsplit=4)
    assert fields[0] == b"P5"
    width, height = int(fields[1]), int(fields[2])
    return width, height, fields[4][-width * height :]


async def test_exports_are_per_tenant(client: httpx.AsyncClient, app: MockApp) -> None:
    acme = rows_of(await export(client, app, "instances", "csv"))
    r = await client.get(
        "/v1/report/exports/instances",
        params={"format": "csv"},
        headers=bearer(app, "hana.sato@nimbus-robotics.com", NIMBUS),
    )
    nimbus = rows_of(r)
    assert nimbus
    assert {row["id"] for row in acme}.isdisjoint({row["id"] for row in nimbus})


# -- scheduled exports ----------------------------------------------------------------------------


async def jobs(client: httpx.AsyncClient, app: MockApp, **who: Any) -> list[dict[str, Any]]:
    r = await client.get(SCHEDULED, headers=bearer(app, **who))
    assert r.status_code == 200
    data: list[dict[str, Any]] = r.json()["data"]
    return data


async def test_scheduled_exports_soonest_first(client: httpx.AsyncClient, app: MockApp) -> None:
    listed = await jobs(client, app)
    upcoming = [j["next_run_at"] for j in listed if j["next_run_at"] is not None]
    assert upcoming == sorted(upcoming)
    assert all(run > "2026-11-26T12:00:00Z" for run in upcoming)
    disabled = [j for j in listed if not j["enabled"]]
    assert disabled
    assert listed[-len(disabled) :] == disabled
    assert all(j["next_run_at"] is None for j in disabled)
    pack = next(j for j in listed if j["id"] == "sch_w9xfogoEmvnEN5")  # the spec example: 07:00 New York, 1st
    assert pack["next_run_at"] == "2026-12-01T12:00:00Z"
    assert pack["last_run_at"] == "2026-11-01T12:00:00Z"  # EST already: DST ended at 02:00 that day
    weekly = next(j for j in listed if j["id"] == "sch_N1aE6PwZPf1Qh6")  # Mondays 07:00 London
    assert weekly["next_run_at"] == "2026-11-30T07:00:00Z"
    assert weekly["last_run_at"] == "2026-11-23T07:00:00Z"
    channels = {
        c["id"] for c in (await client.get("/v1/notification/channels", headers=bearer(app))).json()["data"]
    }
    assert all(set(j["delivery"]["channel_ids"]) <= channels for j in listed)


async def test_create_computes_the_next_run_and_lists_it(client: httpx.AsyncClient, app: MockApp) -> None:
    channel = (await client.get("/v1/notification/channels", headers=bearer(app))).json()["data"][0]["id"]
    body = {**JOB, "delivery": {"emails": ["finops@acme-ai.com"], "channel_ids": [channel]}}
    r = await client.post(SCHEDULED, json=body, headers=bearer(app))
    assert r.status_code == 201, r.text
    job = r.json()["data"]
    assert re.fullmatch(r"sch_[A-Za-z0-9]{14}", job["id"])
    assert job["next_run_at"] == "2026-12-02T13:00:00Z"  # 08:00 EST on the 2nd, as in the spec's example
    assert job["last_run_at"] is None
    assert job["enabled"] is True
    assert job["created_at"] == "2026-11-26T12:00:00Z"
    assert job in await jobs(client, app)
    assert job["id"] not in {
        j["id"] for j in await jobs(client, app, email="hana.sato@nimbus-robotics.com", tenant_id=NIMBUS)
    }


async def test_a_disabled_job_has_no_next_run(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.post(SCHEDULED, json={**JOB, "enabled": False}, headers=bearer(app))
    assert r.status_code == 201
    assert r.json()["data"]["next_run_at"] is None


async def test_duplicate_names_are_409(client: httpx.AsyncClient, app: MockApp) -> None:
    assert (await client.post(SCHEDULED, json=JOB, headers=bearer(app))).status_code == 201
    r = await client.post(SCHEDULED, json={**JOB, "name": "monthly SAVINGS review "}, headers=bearer(app))
    assert r.status_code == 409
    assert r.json()["code"] == "DUPLICATE"
    r = await client.post(SCHEDULED, json={**JOB, "name": "Weekly AI spend by team"}, headers=bearer(app))
    assert r.status_code == 409  # a seeded job's name


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"schedule": {"cron": "61 8 * * *", "timezone": "UTC"}}, "schedule.cron"),
        ({"schedule": {"cron": "0 8 31 2 *", "timezone": "UTC"}}, "schedule.cron"),
        ({"schedule": {"cron": "0 8 * * *", "timezone": "Mars/Olympus_Mons"}}, "schedule.timezone"),
        ({"delivery": {"emails": [], "channel_ids": []}}, "delivery"),
        ({"delivery": {"emails": [], "channel_ids": ["chn_Zz9Zz9Zz9Zz9Zz"]}}, "delivery.channel_ids.0"),
    ],
)
async def test_invalid_jobs_are_400(
    client: httpx.AsyncClient, app: MockApp, change: dict, field: str
) -> None:
    r = await client.post(SCHEDULED, json={**JOB, **change}, headers=bearer(app))
    assert r.status_code == 400
    assert r.json()["code"] == "VALIDATION_FAILED"
    assert [d["field"] for d in r.json()["details"]] == [field]
    assert JOB["name"] not in {j["name"] for j in await jobs(client, app)}


async def test_viewer_cannot_schedule(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.post(SCHEDULED, json=JOB, headers=bearer(app, "sam.okafor@acme-ai.com"))
    assert r.status_code == 403
    assert (await client.get(SCHEDULED, headers=bearer(app, "sam.okafor@acme-ai.com"))).status_code == 200


async def test_create_replays_with_the_same_idempotency_key(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = {**bearer(app), "Idempotency-Key": "schedule-savings-1"}
    first = await client.post(SCHEDULED, json=JOB, headers=headers)
    again = await client.post(SCHEDULED, json=JOB, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert [j["name"] for j in await jobs(client, app)].count(JOB["name"]) == 1


async def test_runs_move_on_with_the_clock(client: httpx.AsyncClient, app: MockApp) -> None:
    await client.post("/_mock/clock", json={"now": "2026-12-01T12:30:00Z"})
    pack = next(j for j in await jobs(client, app) if j["id"] == "sch_w9xfogoEmvnEN5")
    assert pack["last_run_at"] == "2026-12-01T12:00:00Z"
    assert pack["next_run_at"] == "2027-01-01T12:00:00Z"
    weekly = next(j for j in await jobs(client, app) if j["id"] == "sch_N1aE6PwZPf1Qh6")
    assert weekly["last_run_at"] == "2026-11-30T07:00:00Z"
    assert weekly["next_run_at"] == "2026-12-07T07:00:00Z"


async def test_csv_export_is_streamed_in_chunks(app: MockApp) -> None:
    # csv_chunks yields 500 rows at a time; the engine sends each chunk as an ASGI body message as it is
    # produced, without a Content-Length (httpx.ASGITransport would join them, so this calls the app).
    query = "format=csv&start=2026-11-01T00:00:00Z&end=2026-11-26T00:00:00Z"
    auth = bearer(app)["Authorization"].encode()
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
        "path": "/v1/report/exports/metrics", "raw_path": b"/v1/report/exports/metrics",
        "query_string": query.encode(), "headers": [(b"host", b"mock"), (b"authorization", auth)],
        "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 4010), "root_path": "",
    }  # fmt: skip
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    await app(scope, receive, send)
    start, *bodies = sent
    assert start["status"] == 200
    headers = dict(start["headers"])
    assert b"content-length" not in headers
    assert headers[b"content-type"] == b"text/csv; charset=utf-8"
    assert len(bodies) > 2
    assert [m.get("more_body", False) for m in bodies] == [True] * (len(bodies) - 1) + [False]
    lines = b"".join(m["body"] for m in bodies).decode().split("\r\n")
    assert lines[0].startswith("hour_start,instance_id,instance_name")
    assert len(lines) > 1000
