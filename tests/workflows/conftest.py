"""Fixtures of the workflow tests: an isolated user (config dir, cwd, environment), a mock server
on a loopback port, and the `tensorcost` command run in-process."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pytest
from tensorcost.cli import main
from tensorcost.testing import MockServer

REPO = Path(__file__).resolve().parents[2]
EMAIL = "ana.ruiz@acme-ai.com"


@pytest.fixture(autouse=True)
def _isolated_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test is a new user: empty config dir, empty working directory, no TENSORCOST_* env."""
    for name in ("TENSORCOST_API_TOKEN", "TENSORCOST_BASE_URL", "TENSORCOST_TENANT_ID", "TENSORCOST_LOG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.setenv("TENSORCOST_CONFIG_DIR", str(tmp_path / "config"))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)


@pytest.fixture
def mock() -> Iterator[MockServer]:
    """The reference mock on a free 127.0.0.1 port, fresh for each test."""
    with MockServer(mode="port") as server:
        yield server


@pytest.fixture
def api_env(mock: MockServer, monkeypatch: pytest.MonkeyPatch) -> MockServer:
    """The environment a CI job has: base URL and a token of the seeded admin.

    The clock is frozen: the world lives, so a test comparing what the CLI printed with what the
    SDK answers (or a gate limit set at a measured value) needs both reads at the same instant."""
    mock.clock.freeze()
    monkeypatch.setenv("TENSORCOST_BASE_URL", mock.base_url)
    monkeypatch.setenv("TENSORCOST_API_TOKEN", mock.token(EMAIL))
    return mock


@dataclass
class Result:
    code: int
    out: str
    err: str


class Cli(Protocol):
    def __call__(self, *args: str, stdin: str = "") -> Result: ...


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """`tensorcost ARGS...` in this process; returns the exit code and what it printed."""

    def run(*args: str, stdin: str = "") -> Result:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse exits on usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def built_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What `nox -s build` makes: `python -m build` of both packages (the wheel built from the sdist)."""
    out = tmp_path_factory.mktemp("dist")
    for package in ("sdk", "mock_server"):
        proc = subprocess.run(
            [sys.executable, "-m", "build", "--outdir", str(out), str(REPO / package)],
            capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stdout + proc.stderr
    return out
