"""`nox -s build`'s distributions: versions from one place, and the built wheels working in a
clean virtual environment (the CLI, the mock server from its packaged spec, the pytest plugin)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import time
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest
from _net import free_port

from .conftest import REPO

PACKAGES = {"tensorcost": REPO / "sdk", "tensorcost-mock": REPO / "mock_server"}
VERSION_FILES = {
    "tensorcost": REPO / "sdk" / "src" / "tensorcost" / "_version.py",
    "tensorcost-mock": REPO / "mock_server" / "src" / "tensorcost_mock" / "_version.py",
}


def _version(name: str) -> str:
    match = re.fullmatch(r'__version__ = "([^"]+)"\n', VERSION_FILES[name].read_text())
    assert match, f"{VERSION_FILES[name]} holds just the version"
    return match.group(1)


def _run(*args: str | Path, **kwargs: object) -> str:
    proc = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=600, **kwargs)  # type: ignore[call-overload]
    assert proc.returncode == 0, f"{args} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}"
    return str(proc.stdout)


def test_the_version_is_written_once_per_package() -> None:
    for path in PACKAGES.values():
        project = tomllib.loads((path / "pyproject.toml").read_text())["project"]
        assert "version" not in project
        assert project["dynamic"] == ["version"]
    import tensorcost
    import tensorcost_mock

    assert tensorcost.__version__ == _version("tensorcost")
    assert tensorcost_mock.__version__ == _version("tensorcost-mock")


def test_sdists_and_wheels_carry_the_version_and_the_spec(built_dist: Path) -> None:
    sdk, mock = _version("tensorcost"), _version("tensorcost-mock")
    dist = built_dist
    assert sorted(p.name for p in dist.iterdir()) == [
        f"tensorcost-{sdk}-py3-none-any.whl",
        f"tensorcost-{sdk}.tar.gz",
        f"tensorcost_mock-{mock}-py3-none-any.whl",
        f"tensorcost_mock-{mock}.tar.gz",
    ]
    with zipfile.ZipFile(dist / f"tensorcost_mock-{mock}-py3-none-any.whl") as wheel:
        packaged = wheel.read("tensorcost_mock/_data/tensorcost.yaml")
    assert packaged == (REPO / "openapi" / "tensorcost.yaml").read_bytes()
    with zipfile.ZipFile(dist / f"tensorcost-{sdk}-py3-none-any.whl") as wheel:
        names = set(wheel.namelist())
        metadata = wheel.read(f"tensorcost-{sdk}.dist-info/METADATA").decode()
        sdk_spec = wheel.read("tensorcost/mcp/_data/tensorcost.yaml")  # what `tensorcost mcp` reads
    assert sdk_spec == (REPO / "openapi" / "tensorcost.yaml").read_bytes()
    assert {"tensorcost/py.typed", "tensorcost/cli/__init__.py", "tensorcost/testing/plugin.py"} <= names
    assert f"Version: {sdk}" in metadata
    assert "tensorcost-mock" not in metadata  # no unpublished name to be claimed by someone else


@pytest.fixture(scope="module")
def clean_venv(built_dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with only the two wheels (and their dependencies) installed."""
    root = tmp_path_factory.mktemp("venv")
    venv.create(root, with_pip=True)
    wheels = sorted(built_dist.glob("*.whl"))
    sdk = next(w for w in wheels if w.name.startswith("tensorcost-"))
    mock = next(w for w in wheels if w.name.startswith("tensorcost_mock-"))
    _run(root / "bin" / "python", "-m", "pip", "install", "--quiet", f"{sdk}[cli,testing]", mock)
    return root / "bin"


def test_the_wheels_work_in_a_clean_venv(clean_venv: Path, tmp_path: Path) -> None:
    python = clean_venv / "python"
    where = _run(
        python,
        "-c",
        "import tensorcost, tensorcost_mock; print(tensorcost.__file__, tensorcost_mock.__file__)",
    )
    assert str(REPO) not in where  # the installed copies, not the checkout
    assert _run(clean_venv / "tensorcost", "--version").strip() == f"tensorcost {_version('tensorcost')}"
    port = free_port()
    env = {**os.environ, "PATH": f"{clean_venv}{os.pathsep}{os.environ['PATH']}"}
    server = subprocess.Popen(
        [clean_venv / "tensorcost-mock", "--port", str(port)], cwd=tmp_path, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        token = _run(clean_venv / "tensorcost-mock", "token", cwd=tmp_path).strip()
        base = f"http://127.0.0.1:{port}/v1"
        deadline = time.monotonic() + 60
        while True:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert server.poll() is None, server.stdout and server.stdout.read()
            assert time.monotonic() < deadline, "the mock did not start within 60 s"
            time.sleep(0.2)
        env = {**env, "TENSORCOST_API_TOKEN": token, "TENSORCOST_BASE_URL": base}
        out = _run(clean_venv / "tensorcost", "cost", "summary", "--json", cwd=tmp_path, env=env)
        assert '"effective_cost"' in out
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_pytest_plugin_of_the_wheel(clean_venv: Path, tmp_path: Path) -> None:
    (tmp_path / "test_mine.py").write_text(
        "def test_summary(tensorcost_mock):\n"
        "    assert tensorcost_mock.client.cost.get_summary().effective_cost.currency == 'USD'\n"
    )
    out = _run(
        clean_venv / "python",
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        tmp_path / "test_mine.py",
        cwd=tmp_path,
    )
    assert "1 passed" in out
