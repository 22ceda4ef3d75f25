"""`progress=True` on pages and exports: tqdm if installed, else rich, else a line on stderr."""

from __future__ import annotations

import io
import sys
import types
from pathlib import Path
from typing import ClassVar

import pytest
import respx
from tensorcost import AsyncTensorCost, TensorCost

from .helpers import BASE
from .test_export import CSV
from .test_pagination import pages


@pytest.fixture
def plain(monkeypatch: pytest.MonkeyPatch) -> None:
    """Neither tqdm nor rich importable: the plain stderr line."""
    for name in ("tqdm", "tqdm.auto", "rich", "rich.console", "rich.progress"):
        monkeypatch.setitem(sys.modules, name, None)


def test_paging_is_silent_by_default(
    client: TensorCost, router: respx.MockRouter, capsys: pytest.CaptureFixture[str]
) -> None:
    router.get("/v1/gpu/instances").mock(side_effect=pages(3, 2))
    assert len(list(client.gpu.list_instances())) == 6
    assert capsys.readouterr().err == ""


@pytest.mark.usefixtures("plain")
def test_paging_progress_without_tqdm_or_rich_is_one_stderr_line(
    client: TensorCost, router: respx.MockRouter, capsys: pytest.CaptureFixture[str]
) -> None:
    router.get("/v1/gpu/instances").mock(side_effect=pages(3, 2))
    names = [i.name for i in client.gpu.list_instances().iter_items(progress=True)]
    assert names == [f"gpu-{p}-{i}" for p in range(3) for i in range(2)]
    err = capsys.readouterr().err
    assert err.startswith("Fetching: 6 items in ")
    assert err.count("\n") == 1


@pytest.mark.usefixtures("plain")
def test_to_pandas_and_iter_pages_take_progress(
    client: TensorCost, router: respx.MockRouter, capsys: pytest.CaptureFixture[str]
) -> None:
    router.get("/v1/gpu/instances").mock(side_effect=pages(2, 3))
    assert len(list(client.gpu.list_instances().iter_pages(progress=True))) == 2
    assert capsys.readouterr().err.startswith("Fetching: 6 items in ")
    frame = client.gpu.list_instances().to_pandas(progress=True)
    assert len(frame) == 6
    assert capsys.readouterr().err.startswith("Fetching: 6 items in ")


@pytest.mark.usefixtures("plain")
def test_export_progress_counts_the_bytes(
    client: TensorCost, router: respx.MockRouter, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    router.get("/v1/report/exports/cost").respond(200, content=CSV, headers={"Content-Type": "text/csv"})
    client.report.export("cost", format="csv", to=tmp_path / "cost.csv", progress=True)
    assert (tmp_path / "cost.csv").read_bytes() == CSV
    assert capsys.readouterr().err.startswith(f"report_export: {len(CSV):,} of {len(CSV):,} B in ")
    assert client.report.export("cost", format="csv", progress=True) == CSV
    assert capsys.readouterr().err.startswith(f"report_export: {len(CSV):,} of {len(CSV):,} B in ")


def test_rich_draws_the_bar_when_tqdm_is_missing(
    client: TensorCost,
    router: respx.MockRouter,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    router.get("/v1/gpu/instances").mock(side_effect=pages(2, 2))
    assert len(list(client.gpu.list_instances().iter_items(progress=True))) == 4
    assert "Fetching (items)" in capsys.readouterr().err


@pytest.mark.asyncio
@pytest.mark.usefixtures("plain")
async def test_async_pages_and_exports_take_progress(
    router: respx.MockRouter, capsys: pytest.CaptureFixture[str]
) -> None:
    router.get("/v1/gpu/instances").mock(side_effect=pages(2, 2))
    router.get("/v1/report/exports/cost").respond(200, content=CSV, headers={"Content-Type": "text/csv"})
    async with AsyncTensorCost(api_token="t", base_url=BASE) as tc:
        page = await tc.gpu.list_instances()
        assert len([i async for i in page.iter_items(progress=True)]) == 4
        assert capsys.readouterr().err.startswith("Fetching: 4 items in ")
        buffer = io.BytesIO()
        await tc.report.export("cost", format="csv", to=buffer, progress=True)
        assert buffer.getvalue() == CSV
        assert capsys.readouterr().err.startswith(f"report_export: {len(CSV):,} of {len(CSV):,} B in ")


class RecordingTqdm:
    """Stands in for `tqdm.auto.tqdm` (not installed here): records what the SDK asks of it."""

    made: ClassVar[list[RecordingTqdm]] = []

    def __init__(self, **kwargs: object) -> None:
        self.kwargs = kwargs
        self.count = 0
        self.closed = False
        RecordingTqdm.made.append(self)

    def update(self, n: int) -> None:
        self.count += n

    def close(self) -> None:
        self.closed = True


def test_tqdm_is_preferred_when_installed(
    client: TensorCost, router: respx.MockRouter, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    auto = types.ModuleType("tqdm.auto")
    auto.tqdm = RecordingTqdm  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tqdm", types.ModuleType("tqdm"))
    monkeypatch.setitem(sys.modules, "tqdm.auto", auto)
    RecordingTqdm.made.clear()
    router.get("/v1/gpu/instances").mock(side_effect=pages(3, 2))
    router.get("/v1/report/exports/cost").respond(200, content=CSV, headers={"Content-Type": "text/csv"})
    assert len(list(client.gpu.list_instances().iter_items(progress=True))) == 6
    client.report.export("cost", format="csv", to=tmp_path / "c.csv", progress=True)
    items, download = RecordingTqdm.made
    assert (items.count, items.closed, items.kwargs["unit"], items.kwargs["total"]) == (
        6,
        True,
        "items",
        None,
    )
    assert (download.count, download.kwargs["total"], download.kwargs["unit"]) == (len(CSV), len(CSV), "B")
    assert download.closed
