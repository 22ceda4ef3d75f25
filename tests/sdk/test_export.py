"""Exports stream to a file (or come back as bytes); errors stay typed and leave no partial file."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx
from tensorcost import AsyncTensorCost, BadRequestError, TensorCost

CSV = b"charge_period_start,effective_cost\n" + b"2026-11-25T00:00:00Z,742.18\n" * 20_000


def chunked() -> Iterator[bytes]:
    for start in range(0, len(CSV), 4096):
        yield CSV[start : start + 4096]


def test_export_streams_to_a_file(client: TensorCost, router: respx.MockRouter, tmp_path: Path) -> None:
    route = router.get("/v1/report/exports/cost").mock(
        side_effect=lambda request: httpx.Response(
            200, headers={"Content-Type": "text/csv"}, content=chunked()
        )
    )
    target = tmp_path / "cost.csv"
    assert client.report.export("cost", format="csv", to=target) is None
    assert target.read_bytes() == CSV
    assert not (tmp_path / "cost.csv.part").exists()
    request = route.calls.last.request
    assert dict(request.url.params) == {"format": "csv"}
    assert request.headers["Accept"] == "text/csv, application/pdf"


def test_export_to_a_path_string_and_a_file_object(
    client: TensorCost, router: respx.MockRouter, tmp_path: Path
) -> None:
    router.get("/v1/report/exports/instances").respond(200, content=CSV, headers={"Content-Type": "text/csv"})
    client.report.export("instances", format="csv", to=str(tmp_path / "i.csv"))
    assert (tmp_path / "i.csv").read_bytes() == CSV
    buffer = io.BytesIO()
    client.report.export("instances", format="csv", to=buffer)
    assert buffer.getvalue() == CSV


def test_export_returns_bytes_without_a_target(client: TensorCost, router: respx.MockRouter) -> None:
    router.get("/v1/report/exports/savings").respond(
        200, content=b"%PDF-1.7 ...", headers={"Content-Type": "application/pdf"}
    )
    assert client.report.export("savings", format="pdf") == b"%PDF-1.7 ..."


def test_export_error_is_typed_and_writes_nothing(
    client: TensorCost, router: respx.MockRouter, tmp_path: Path
) -> None:
    router.get("/v1/report/exports/cost").respond(
        400,
        json={
            "success": False,
            "error": "format must be csv or pdf",
            "code": "VALIDATION_FAILED",
            "trace_id": "e1",
        },
    )
    target = tmp_path / "cost.csv"
    with pytest.raises(BadRequestError, match="format must be csv or pdf"):
        client.report.export("cost", format="csv", to=target)
    assert list(tmp_path.iterdir()) == []


def test_export_broken_off_leaves_no_partial_file(
    client: TensorCost, router: respx.MockRouter, tmp_path: Path
) -> None:
    class Broken(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield CSV[:1000]
            raise httpx.ReadError("connection reset")

    router.get("/v1/report/exports/cost").mock(
        side_effect=lambda request: httpx.Response(200, stream=Broken())
    )
    from tensorcost import APIConnectionError

    with pytest.raises(APIConnectionError, match="broke off"):
        client.report.export("cost", format="csv", to=tmp_path / "cost.csv")
    assert list(tmp_path.iterdir()) == []


def test_export_is_retried_before_the_body_arrives(client: TensorCost, router: respx.MockRouter) -> None:
    route = router.get("/v1/report/exports/cost").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, content=CSV)]
    )
    assert client.report.export("cost", format="csv") == CSV
    assert route.call_count == 2


def test_raw_export(client: TensorCost, router: respx.MockRouter) -> None:
    router.get("/v1/report/exports/cost").respond(200, content=b"a,b\n", headers={"X-Request-Id": "x1"})
    raw = client.report.with_raw_response.export("cost", format="csv")
    assert raw.trace_id == "x1"
    assert raw.parse() == b"a,b\n"


@pytest.mark.asyncio
async def test_async_export(aclient: AsyncTensorCost, router: respx.MockRouter, tmp_path: Path) -> None:
    router.get("/v1/report/exports/cost").mock(side_effect=lambda request: httpx.Response(200, content=CSV))
    await aclient.report.export("cost", format="csv", to=tmp_path / "cost.csv")
    assert (tmp_path / "cost.csv").read_bytes() == CSV
    assert await aclient.report.export("cost", format="csv") == CSV
    router.get("/v1/report/exports/alerts").mock(side_effect=[httpx.Response(502), httpx.Response(404)])
    with pytest.raises(Exception, match="404"):
        await aclient.report.export("alerts", format="csv", to=tmp_path / "alerts.csv")
    assert not (tmp_path / "alerts.csv").exists()
    assert not (tmp_path / "alerts.csv.part").exists()
