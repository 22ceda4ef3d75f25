"""Downloads to a path never overwrite, never follow a planted name, and leave nothing behind on failure."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx
from tensorcost import APIConnectionError, AsyncTensorCost, TensorCost

BASE = "http://api.test"
CSV = b"charge_period_start,effective_cost\n" + b"2026-11-25T00:00:00Z,742.18\n" * 5_000


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty directory of its own (tmp_path also holds the isolated user's working directory)."""
    directory = tmp_path / "out"
    directory.mkdir()
    return directory


@pytest.fixture
def client() -> Iterator[TensorCost]:
    with TensorCost(api_token="tok", base_url=BASE, _sleep=lambda s: None) as tc:
        yield tc


def export(router: respx.MockRouter, stream: httpx.SyncByteStream | None = None) -> respx.Route:
    return router.get("/v1/report/exports/cost").mock(
        side_effect=lambda request: (
            httpx.Response(200, headers={"Content-Type": "text/csv"}, stream=stream)
            if stream is not None
            else httpx.Response(200, headers={"Content-Type": "text/csv"}, content=CSV)
        )
    )


def test_an_existing_target_is_refused_before_downloading(client: TensorCost, out: Path) -> None:
    target = out / "cost.csv"
    target.write_bytes(b"keep me")
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        route = export(router)
        with pytest.raises(FileExistsError, match="already exists"):
            client.report.export("cost", format="csv", to=target)
    assert route.call_count == 0
    assert target.read_bytes() == b"keep me"


def test_a_directory_target_is_refused_before_downloading(client: TensorCost, out: Path) -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        route = export(router)
        with pytest.raises(IsADirectoryError, match="is a directory"):
            client.report.export("cost", format="csv", to=out)
    assert route.call_count == 0


def test_a_planted_symlink_at_the_target_is_refused(client: TensorCost, out: Path) -> None:
    victim = out / "victim"
    victim.write_bytes(b"secret config")
    (out / "cost.csv").symlink_to(victim)
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        export(router)
        with pytest.raises(FileExistsError):
            client.report.export("cost", format="csv", to=out / "cost.csv")
    assert victim.read_bytes() == b"secret config"


def test_a_planted_predictable_part_file_is_not_used(client: TensorCost, out: Path) -> None:
    # The old code wrote to "<target>.part": a symlink planted there redirected the download.
    victim = out / "victim"
    victim.write_bytes(b"secret config")
    (out / "cost.csv.part").symlink_to(victim)
    with respx.mock(base_url=BASE) as router:
        export(router)
        client.report.export("cost", format="csv", to=out / "cost.csv")
    assert victim.read_bytes() == b"secret config"
    assert (out / "cost.csv").read_bytes() == CSV


def test_the_file_is_private_while_written_and_complete_when_it_appears(
    client: TensorCost, out: Path
) -> None:
    with respx.mock(base_url=BASE) as router:
        export(router)
        client.report.export("cost", format="csv", to=out / "cost.csv")
    assert (out / "cost.csv").read_bytes() == CSV
    assert os.stat(out / "cost.csv").st_mode & 0o077 == 0
    assert sorted(p.name for p in out.iterdir()) == ["cost.csv"]


@pytest.mark.parametrize("failure", [httpx.ReadError("reset"), KeyboardInterrupt()])
def test_every_failure_removes_the_temporary_file(
    client: TensorCost, out: Path, failure: BaseException
) -> None:
    class Broken(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield CSV[:1000]
            raise failure

    with respx.mock(base_url=BASE) as router:
        export(router, Broken())
        with pytest.raises((APIConnectionError, KeyboardInterrupt)):
            client.report.export("cost", format="csv", to=out / "cost.csv")
    assert list(out.iterdir()) == []


@pytest.mark.asyncio
async def test_async_downloads_follow_the_same_rules(out: Path) -> None:
    target = out / "cost.csv"
    target.write_bytes(b"keep me")
    async with AsyncTensorCost(api_token="tok", base_url=BASE) as tc:
        with respx.mock(base_url=BASE, assert_all_called=False) as router:
            route = router.get("/v1/report/exports/cost").respond(200, content=CSV)
            with pytest.raises(FileExistsError):
                await tc.report.export("cost", format="csv", to=target)
            assert route.call_count == 0
            await tc.report.export("cost", format="csv", to=out / "new.csv")
    assert (out / "new.csv").read_bytes() == CSV
    assert sorted(p.name for p in out.iterdir()) == ["cost.csv", "new.csv"]


def test_overwrite_replaces_an_existing_file_atomically(client: TensorCost, out: Path) -> None:
    target = out / "cost.csv"
    target.write_bytes(b"last week's export")
    os.chmod(target, 0o644)
    before = os.stat(target).st_ino
    with respx.mock(base_url=BASE) as router:
        export(router)
        client.report.export("cost", format="csv", to=target, overwrite=True)
    assert target.read_bytes() == CSV
    assert os.stat(target).st_ino != before, "a new file was moved into place, not the old one rewritten"
    assert os.stat(target).st_mode & 0o077 == 0
    assert sorted(p.name for p in out.iterdir()) == ["cost.csv"]


def test_overwrite_of_a_missing_file_just_writes_it(client: TensorCost, out: Path) -> None:
    with respx.mock(base_url=BASE) as router:
        export(router)
        client.report.export("cost", format="csv", to=out / "cost.csv", overwrite=True)
    assert (out / "cost.csv").read_bytes() == CSV


def test_overwrite_still_refuses_a_directory_before_downloading(client: TensorCost, out: Path) -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        route = export(router)
        with pytest.raises(IsADirectoryError, match="is a directory"):
            client.report.export("cost", format="csv", to=out, overwrite=True)
    assert route.call_count == 0


def test_overwrite_refuses_a_symlink_and_never_writes_through_it(client: TensorCost, out: Path) -> None:
    victim = out / "victim"
    victim.write_bytes(b"secret config")
    (out / "cost.csv").symlink_to(victim)
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        route = export(router)
        with pytest.raises(FileExistsError, match="symbolic link"):
            client.report.export("cost", format="csv", to=out / "cost.csv", overwrite=True)
    assert route.call_count == 0
    assert victim.read_bytes() == b"secret config"
    assert (out / "cost.csv").is_symlink()


def test_overwrite_refuses_a_symlink_planted_while_downloading(client: TensorCost, out: Path) -> None:
    target = out / "cost.csv"
    target.write_bytes(b"last week's export")
    victim = out / "victim"
    victim.write_bytes(b"secret config")

    class PlantsALink(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield CSV[:1000]
            target.unlink()
            target.symlink_to(victim)  # swapped in after the check, before the file is moved into place
            yield CSV[1000:]

    with respx.mock(base_url=BASE) as router:
        export(router, PlantsALink())
        with pytest.raises(FileExistsError, match="symbolic link"):
            client.report.export("cost", format="csv", to=target, overwrite=True)
    assert victim.read_bytes() == b"secret config"
    assert sorted(p.name for p in out.iterdir()) == ["cost.csv", "victim"], "no temporary file is left"


@pytest.mark.parametrize("failure", [httpx.ReadError("reset"), KeyboardInterrupt()])
def test_a_failed_overwrite_keeps_the_old_file(client: TensorCost, out: Path, failure: BaseException) -> None:
    target = out / "cost.csv"
    target.write_bytes(b"last week's export")

    class Broken(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield CSV[:1000]
            raise failure

    with respx.mock(base_url=BASE) as router:
        export(router, Broken())
        with pytest.raises((APIConnectionError, KeyboardInterrupt)):
            client.report.export("cost", format="csv", to=target, overwrite=True)
    assert target.read_bytes() == b"last week's export"
    assert sorted(p.name for p in out.iterdir()) == ["cost.csv"]


@pytest.mark.asyncio
async def test_async_overwrite_follows_the_same_rules(out: Path) -> None:
    target = out / "cost.csv"
    target.write_bytes(b"last week's export")
    (out / "link.csv").symlink_to(target)
    async with AsyncTensorCost(api_token="tok", base_url=BASE) as tc:
        with respx.mock(base_url=BASE, assert_all_called=False) as router:
            route = router.get("/v1/report/exports/cost").respond(200, content=CSV)
            with pytest.raises(FileExistsError, match="symbolic link"):
                await tc.report.export("cost", format="csv", to=out / "link.csv", overwrite=True)
            assert route.call_count == 0
            await tc.report.export("cost", format="csv", to=target, overwrite=True)
    assert target.read_bytes() == CSV
    assert sorted(p.name for p in out.iterdir()) == ["cost.csv", "link.csv"]
