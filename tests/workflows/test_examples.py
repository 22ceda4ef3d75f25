"""examples/: the CI jobs that run the gate, the gate config, and the demo."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import yaml
from tensorcost.cli._app import build_parser
from tensorcost.testing import MockServer

from .conftest import REPO, Cli

EXAMPLES = REPO / "examples"


def _gate_commands(text: str) -> list[list[str]]:
    return [shlex.split(c)[1:] for c in re.findall(r"(tensorcost gate[^\n]*)", text)]


def test_github_actions_workflow_runs_the_gate_with_annotations() -> None:
    text = (EXAMPLES / "github-actions" / "cost-gate.yml").read_text()
    workflow = yaml.safe_load(text)
    steps = workflow["jobs"]["cost-gate"]["steps"]
    gate_step = next(s for s in steps if "tensorcost gate" in s.get("run", ""))
    assert "TENSORCOST_API_TOKEN" in gate_step["env"]
    assert "secrets." in gate_step["env"]["TENSORCOST_API_TOKEN"]  # never a literal token
    assert any('"tensorcost[cli]"' in s.get("run", "") for s in steps)
    (command,) = _gate_commands(text)
    args = build_parser().parse_args(command)
    assert args.format == "github"


def test_gitlab_job_keeps_the_junit_report() -> None:
    text = (EXAMPLES / "gitlab-ci" / "cost-gate.gitlab-ci.yml").read_text()
    job = yaml.safe_load(text)["cost-gate"]
    (command,) = _gate_commands(text)
    args = build_parser().parse_args(command)
    assert args.format == "junit"
    assert job["artifacts"]["reports"]["junit"] == str(args.output)
    assert job["artifacts"]["when"] == "always"


def test_the_example_gate_config_checks_every_kind_of_condition(cli: Cli, api_env: MockServer) -> None:
    result = cli("gate", "--config", str(EXAMPLES / "tensorcost-gate.toml"), "--format", "json")
    report = json.loads(result.out)
    assert result.code in (0, 1), report
    kinds = {c["kind"] for c in report["conditions"]}
    assert kinds == {"max_forecast", "max_budget_burn", "max_daily_spend", "no_open_anomalies"}
    assert all(c["status"] in ("pass", "breach") for c in report["conditions"])


def test_the_demo_shows_a_passing_and_a_failing_gate_and_stops_its_server() -> None:
    env = {
        **os.environ,
        "PYTHONUNBUFFERED": "1",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / "demo.py")], capture_output=True, text=True, env=env, timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    for heading in ("Cost summary", "Spend by source", "Idle GPU instances", "Forecast, next 30 days"):
        assert f"== {heading}" in out
    passing, failing = out.split("== A gate that passes")[1].split("== A gate that fails")
    assert "TensorCost gate PASSED" in passing
    assert "(exit 0)" in passing
    assert "TensorCost gate FAILED" in failing
    assert "(exit 1)" in failing
    pid = int(re.search(r"tensorcost-mock stopped \(pid (\d+)\)", out).group(1))  # type: ignore[union-attr]
    assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text().lower()
