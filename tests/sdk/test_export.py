"""Exports stream to a file (or come back as bytes); errors stay typed and leave no partial file."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx
from _spec import load_spec
from tensorcost import AsyncTensorCost, BadRequestError, TensorCost

from .helpers import operations

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
    assert request.headers["Accept"] == "text/csv, application/pdf, application/json;q=0.5"


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


def _accepted(accept: str) -> dict[str, float]:
    """Media type -> q of an `Accept` header."""
    result = {}
    for part in accept.split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        q = next((float(p[2:]) for p in params if p.startswith("q=")), 1.0)
        result[media] = q
    return result


def test_export_accepts_the_json_error_envelope(
    client: TensorCost, router: respx.MockRouter, tmp_path: Path
) -> None:
    """A content-negotiating server (Prism, a gateway) answers a documented JSON error only when the
    client accepts JSON; otherwise it would send the CSV success example, or a 406."""

    def negotiate(request: httpx.Request) -> httpx.Response:
        accepted = _accepted(request.headers["Accept"])
        if accepted.get("application/json", 0) > 0:
            body = {"success": False, "error": "window too long", "code": "VALIDATION_FAILED"}
            return httpx.Response(400, json=body)
        return httpx.Response(200, headers={"Content-Type": "text/csv"}, content=CSV)

    router.get("/v1/report/exports/cost").mock(side_effect=negotiate)
    with pytest.raises(BadRequestError, match="window too long"):
        client.report.export("cost", format="csv", to=tmp_path / "cost.csv")
    accepted = _accepted(router.calls.last.request.headers["Accept"])
    # The file types stay preferred: a server that can answer either sends the file.
    assert accepted["text/csv"] == accepted["application/pdf"] == 1.0
    assert 0 < accepted["application/json"] < 1.0


def _error_media_types(op: dict[str, object]) -> set[str]:
    components = load_spec()["components"]["responses"]
    types: set[str] = set()
    for status, response in op["responses"].items():  # type: ignore[attr-defined]
        if str(status).startswith(("4", "5")) or status == "default":
            if "$ref" in response:
                response = components[response["$ref"].rsplit("/", 1)[-1]]
            types |= set(response.get("content", {}))
    return types


def test_every_file_operation_accepts_its_error_media_types() -> None:
    """Codegen: every operation with a non-JSON success body lists its errors' media types in Accept."""
    import importlib

    from tensorcost._generated.api import OPERATIONS, Operation

    checked = 0
    for operation_id, (tag, method) in OPERATIONS.items():
        _, _, op = operations()[operation_id]
        success = next(r for s, r in op["responses"].items() if str(s).startswith("2"))
        media = set(success.get("content", {}))
        if not media or any("json" in m for m in media):
            continue
        generated = getattr(importlib.import_module(f"tensorcost._generated.api.{tag}"), f"_{method.upper()}")
        assert isinstance(generated, Operation)
        accepted = _accepted(generated.accept)
        assert {m for m, q in accepted.items() if q == 1.0} == media, operation_id
        for error_type in _error_media_types(op) - media:
            assert 0 < accepted.get(error_type, 0) < 1.0, (operation_id, error_type, generated.accept)
        checked += 1
    assert checked >= 1  # report_export at least


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
