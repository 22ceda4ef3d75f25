"""Every code block of the guides in docs/ runs against the mock server, in order, guide by guide.

- python: executed in one namespace per guide, with TENSORCOST_BASE_URL and TENSORCOST_API_TOKEN
  set to a mock server (as the guides' README tells readers to do).
- bash: run by bash (`-e -o pipefail`); `pip install` lines are checked to name extras that exist,
  `nox` lines to name a session and options that exist, since neither can run inside a test.
- toml, yaml: parsed; `tensorcost` commands inside YAML are checked against the CLI's parser.
- A block whose first line is `# file: NAME` is written to the working directory; a python one
  is not executed there, so a later block of the same guide must use it (e.g. run pytest on it).
The guides use the mock's default port 4010 (and 4011 for a second server); the test
substitutes free ports.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shlex
import signal
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from _net import free_port
from tensorcost.cli._app import build_parser
from tensorcost.testing import MockServer

from .conftest import REPO

GUIDES = sorted((REPO / "docs").glob("*.md"))
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.S | re.M)
PORT = re.compile(r"(?<=127\.0\.0\.1:)(40\d\d)\b|(?<=--port )(40\d\d)\b")
FILE = re.compile(r"^# file: (\S+)\n")
ERROR_MARKERS = (
    "Traceback (most recent call last)",
    "tensorcost: error",
    "TensorCost gate ERROR",
    "command not found",
)


def blocks(guide: Path) -> list[tuple[str, str, int]]:
    text = guide.read_text(encoding="utf-8")
    return [(m.group(1), m.group(2), text.count("\n", 0, m.start()) + 1) for m in FENCE.finditer(text)]


def _extras() -> set[str]:
    pyproject = tomllib.loads((REPO / "sdk" / "pyproject.toml").read_text())
    return set(pyproject["project"]["optional-dependencies"])


def _check_pip(line: str) -> None:
    for requirement in re.findall(r"tensorcost\[([\w,]+)\]", line):
        missing = set(requirement.split(",")) - _extras()
        assert not missing, f"{line!r} names extras that sdk/pyproject.toml lacks: {missing}"


def _check_nox(line: str) -> None:
    args = shlex.split(line)
    session = args[args.index("-s") + 1]
    assert f"def {session}(" in (REPO / "noxfile.py").read_text(), f"no nox session {session!r}"
    options = [a for a in args[args.index("--") + 1 :] if a.startswith("--")] if "--" in args else []
    conftest = (REPO / "tests" / session / "conftest.py").read_text()
    for option in options:
        assert f'"{option}"' in conftest, f"{line!r}: tests/{session} has no option {option}"


def _bash_script(code: str) -> str:
    lines = []
    for line in code.splitlines():
        stripped = line.strip()
        if re.match(r"^(python3? -m )?pip install ", stripped):
            _check_pip(stripped)
            line = ":"
        elif stripped.startswith("nox "):
            _check_nox(stripped)
            line = ":"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _check_yaml(code: str, where: str) -> None:
    doc = yaml.safe_load(code)
    assert isinstance(doc, dict), where
    commands = re.findall(r"(?:run:|-)\s+(tensorcost .+)$", code, re.M)
    assert commands, f"{where}: a CI example should run tensorcost"
    parser = build_parser()
    for command in commands:
        parser.parse_args(shlex.split(command)[1:])  # SystemExit(2) on an unknown flag


def _check_json(code: str, where: str) -> None:
    """An MCP client configuration: valid JSON, and its `tensorcost` servers' arguments parse."""
    doc = json.loads(code)
    servers = doc.get("mcpServers") or doc.get("servers") or {}
    commands = [s["args"] for s in servers.values() if s.get("command") == "tensorcost"]
    assert commands, f"{where}: a JSON block configures a `tensorcost` MCP server"
    parser = build_parser()
    for args in commands:
        parser.parse_args(args)  # SystemExit(2) on an unknown flag


@pytest.fixture
def guide_env(mock: MockServer, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("TENSORCOST_BASE_URL", mock.base_url)
    monkeypatch.setenv("TENSORCOST_API_TOKEN", mock.token())
    monkeypatch.setenv("TENSORCOST_PASSWORD", mock.password)
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    return dict(os.environ)


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_code_block_runs(
    guide: Path, mock: MockServer, guide_env: dict[str, str], tmp_path: Path
) -> None:
    found = blocks(guide)
    mock_port = mock.base_url.rsplit(":", 1)[1].split("/")[0]
    ports: dict[str, str] = {"4010": mock_port}

    def rewrite(code: str) -> str:
        return PORT.sub(lambda m: ports.setdefault(m.group(0), str(free_port())), code)

    namespace: dict[str, Any] = {"__name__": f"docs.{guide.stem}"}
    written: dict[str, int] = {}
    sessions: list[int] = []
    try:
        for lang, raw, line in found:
            where = f"{guide.name}:{line}"
            code = rewrite(raw)
            for name in list(written):
                if name in code:
                    del written[name]
            if (m := FILE.match(code)) is not None:
                target = Path.cwd() / m.group(1)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(code)
                if lang == "python":  # toml and yaml are checked below; python must be run by a later block
                    written[m.group(1)] = line
            if lang == "python":
                if m is None:
                    exec(compile(code, where, "exec"), namespace)
            elif lang == "bash":
                proc = subprocess.Popen(
                    ["bash", "-e", "-o", "pipefail", "-c", _bash_script(code)],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,
                    env=guide_env,
                    text=True,
                    start_new_session=True,  # its own process group: background servers are stopped below
                )
                sessions.append(proc.pid)
                output, _ = proc.communicate(timeout=120)
                assert proc.returncode == 0, f"{where} exited {proc.returncode}:\n{output}"
                bad = [marker for marker in ERROR_MARKERS if marker in output]
                assert not bad, f"{where} printed {bad}:\n{output}"
            elif lang == "toml":
                tomllib.loads(code)
            elif lang == "yaml":
                _check_yaml(code, where)
            elif lang == "json":
                _check_json(code, where)
            else:
                pytest.fail(
                    f"{where}: a ```{lang or '(no language)'} block; use python, bash, toml, yaml or json"
                )
        assert not written, f"{guide.name}: files written but never used by a later block: {written}"
    finally:
        for pgid in sessions:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pgid, signal.SIGTERM)


def test_the_guides_cover_the_topics_of_the_issue() -> None:
    names = {g.name for g in GUIDES}
    assert {
        "auth-and-tenants.md",
        "retries-and-rate-limits.md",
        "pagination.md",
        "errors.md",
        "webhooks.md",
        "cli-gate.md",
        "contract-testing.md",
        "mock-server.md",
    } <= names
    assert all(blocks(g) for g in GUIDES), "every guide shows code"
