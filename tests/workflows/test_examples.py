"""examples/: the CI jobs that run the gate, the gate config, and the demo."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from tensorcost.cli._app import build_parser
from tensorcost.testing import MockServer

from .conftest import REPO, Cli
from .install_lines import check_git, release_tag, requirements

EXAMPLES = REPO / "examples"


def _gate_commands(text: str) -> list[list[str]]:
    return [shlex.split(c)[1:] for c in re.findall(r"(tensorcost gate[^\n]*)", text)]


GITHUB = EXAMPLES / "github-actions" / "cost-gate.yml"
GITLAB = EXAMPLES / "gitlab-ci" / "cost-gate.gitlab-ci.yml"


def _install_commands(steps: list[str]) -> list[str]:
    return [line for step in steps for line in step.splitlines() if "pip install" in line]


def _pinned_install(command: str) -> None:
    ((requirement,),) = requirements(command)
    assert check_git(requirement) == "./sdk[cli]"  # a pinned release tag of this repository


def test_github_actions_workflow_runs_the_gate_with_annotations() -> None:
    text = GITHUB.read_text()
    workflow = yaml.safe_load(text)
    job = workflow["jobs"]["cost-gate"]
    assert "secrets.TENSORCOST_API_TOKEN" in job["env"]["TENSORCOST_API_TOKEN"]  # never a literal token
    steps = job["steps"]
    gate_step = next(s for s in steps if "tensorcost gate" in s.get("run", ""))
    (command,) = _gate_commands(text)
    args = build_parser().parse_args(command)
    assert args.format == "github"
    assert gate_step is steps[-1]


def test_github_actions_workflow_triggers_pin_and_cache() -> None:
    workflow = yaml.safe_load(GITHUB.read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as a boolean
    assert {"pull_request", "schedule", "workflow_dispatch"} <= set(triggers)
    assert triggers["schedule"][0]["cron"]
    steps = workflow["jobs"]["cost-gate"]["steps"]
    (install,) = _install_commands([s.get("run", "") for s in steps])
    _pinned_install(install)
    setup = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python@"))
    assert setup["with"]["cache"] == "pip"
    # the cache key follows the file that holds the pin (copied to .github/workflows/)
    assert setup["with"]["cache-dependency-path"] == ".github/workflows/cost-gate.yml"
    assert GITHUB.read_text().startswith("# .github/workflows/cost-gate.yml")


def _github_token_check(token: str, tmp_path: Path) -> tuple[str, str]:
    steps = yaml.safe_load(GITHUB.read_text())["jobs"]["cost-gate"]["steps"]
    check = steps[0]
    output = tmp_path / "github_output"
    output.write_text("")
    proc = subprocess.run(
        ["bash", "-e", "-c", check["run"]], capture_output=True, text=True, timeout=30,
        env={"PATH": os.environ["PATH"], "GITHUB_OUTPUT": str(output), "TENSORCOST_API_TOKEN": token},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return proc.stdout, output.read_text()


def test_a_fork_pull_request_without_the_secret_skips_with_a_message(tmp_path: Path) -> None:
    steps = yaml.safe_load(GITHUB.read_text())["jobs"]["cost-gate"]["steps"]
    check_id = steps[0]["id"]
    guard = f"steps.{check_id}.outputs.available == 'true'"
    assert all(step.get("if") == guard for step in steps[1:])  # nothing else runs without a token
    stdout, outputs = _github_token_check("", tmp_path)
    assert outputs == "available=false\n"
    assert stdout.startswith("::notice title=cost gate skipped::")
    assert "fork" in stdout
    stdout, outputs = _github_token_check("a-service-token", tmp_path)
    assert outputs == "available=true\n"
    assert stdout == ""


def test_gitlab_job_keeps_the_junit_report() -> None:
    text = GITLAB.read_text()
    job = yaml.safe_load(text)["tensorcost-cost-gate"]
    (command,) = _gate_commands(text)
    args = build_parser().parse_args(command)
    assert args.format == "junit"
    assert job["artifacts"]["reports"]["junit"] == str(args.output)
    assert job["artifacts"]["when"] == "always"


def test_gitlab_job_is_includable_pinned_and_cached() -> None:
    doc = yaml.safe_load(GITLAB.read_text())
    assert list(doc) == ["tensorcost-cost-gate"]  # no `stages`, `variables`, `default`: the project's stay
    job = doc["tensorcost-cost-gate"]
    assert job["stage"] == "test"  # one of GitLab's default stages
    (install,) = _install_commands(job["script"])
    _pinned_install(install)
    assert job["variables"]["PIP_CACHE_DIR"] == "$CI_PROJECT_DIR/.cache/pip"
    assert job["cache"]["paths"] == [".cache/pip"]
    assert job["cache"]["key"].endswith(release_tag())  # a new pin starts a new cache
    sources = {rule["if"].split("==")[1].strip().strip('"') for rule in job["rules"]}
    assert sources == {"merge_request_event", "schedule", "web"}


def test_a_gitlab_fork_merge_request_without_the_variable_skips_with_a_message(tmp_path: Path) -> None:
    job = yaml.safe_load(GITLAB.read_text())["tensorcost-cost-gate"]
    script = "\n".join(job["script"])  # as GitLab runs it: each line, stopping at the first failure
    proc = subprocess.run(
        [shutil.which("bash") or "bash", "-e", "-c", script], capture_output=True, text=True, timeout=30,
        env={"PATH": str(tmp_path)},  # nothing but bash's builtins: reaching pip would fail
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("cost gate skipped: no TENSORCOST_API_TOKEN")


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
