"""Staging mode, tested here: the suite pointed with ``--base-url`` at a mock server over a socket.

A second mock server plays the deployment, behind a proxy (``proxy.py``) that counts the methods
that arrive and, in the drift tests, rewrites some answers. The nested run gets its token only
from ``TENSORCOST_API_TOKEN`` (as a pipeline would from its secret store), is read-only by
default (only GET and HEAD reach the proxy), and writes its JUnit XML to its own report directory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from copy import deepcopy
from pathlib import Path
from typing import Any

import pytest
import yaml
from _spec import load_spec

from . import drift
from .conftest import ContractOptions
from .proxy import Proxy, Rewrite
from .support import READ_ONLY_METHODS, ROOT, SPEC_PATH, MockServer, login, operations

#: The nested Schemathesis pass only has to prove the path works; the main run does the depth.
NESTED_EXAMPLES = 10
NESTED_TIMEOUT = 300


@pytest.fixture(scope="module")
def staging_server(options: ContractOptions) -> Iterator[MockServer]:
    if options.staging:
        pytest.skip("already in staging mode (this test starts the nested staging run itself)")
    server = MockServer(options.report_dir / "logs", seed=7)
    server.launch()
    try:
        yield server
    finally:
        server.stop()


def _run(
    args: list[str], env: dict[str, str], timeout: int = NESTED_TIMEOUT
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", *args]
    return subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def _results(junit: Path) -> dict[str, tuple[str, str]]:
    """nodeid-ish name -> (outcome, message) from a JUnit XML file."""
    results = {}
    for case in _cases(junit):
        name = f"{case.get('classname')}::{case.get('name')}"
        outcome, message = "passed", ""
        for tag in ("failure", "error", "skipped"):
            node = case.find(tag)
            if node is not None:
                outcome, message = tag, node.get("message", "")
        results[name] = outcome, message
    return results


def _cases(junit: Path) -> list[ET.Element]:
    return list(ET.parse(junit).getroot().iter("testcase"))


def _properties(junit: Path, test: str) -> list[tuple[str, str]]:
    """The ``<property>`` elements of the test cases whose name contains ``test``."""
    return [
        (prop.get("name", ""), prop.get("value", ""))
        for case in _cases(junit)
        if test in f"{case.get('classname')}::{case.get('name')}"
        for prop in case.iter("property")
    ]


def _env(server: MockServer) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "TENSORCOST_API_TOKEN"}
    env["TENSORCOST_API_TOKEN"] = login(server.url)
    return env


def test_staging_mode_is_read_only_and_reports(staging_server: MockServer, options: ContractOptions) -> None:
    report_dir = options.report_dir / "staging"
    junit = report_dir / "junit.xml"
    env = _env(staging_server)
    with Proxy(staging_server.url) as deployment:
        done = _run(
            [
                "tests/contract",
                "--base-url", deployment.url + "/v1",  # with or without /v1, as the SDK accepts
                "--report-dir", str(report_dir),
                "--max-examples", str(NESTED_EXAMPLES),
                f"--junitxml={junit}",
                "--deselect", "tests/contract/test_staging_mode.py",
                # Prism's static-example checks do not touch the target; the main run has them.
                "--deselect", "tests/contract/test_prism.py",
            ],
            env,
        )  # fmt: skip
    (report_dir / "pytest.log").write_text(done.stdout + done.stderr)
    methods = dict(deployment.methods)
    print(f"read-only staging run: {sum(methods.values())} requests reached the deployment: {methods}")
    assert sum(methods.values()) > 1000, f"the staging run hardly reached the deployment: {methods}"
    assert set(methods) <= READ_ONLY_METHODS, f"a read-only run sent more than GET and HEAD: {methods}"
    assert junit.exists(), f"no JUnit XML from the staging run:\n{done.stdout[-3000:]}{done.stderr[-2000:]}"
    results = _results(junit)
    errors = {name: msg for name, (outcome, msg) in results.items() if outcome == "error"}
    assert not errors, f"setup errors in staging mode: {errors}"

    # The Prism referee of a staging run reads the spec with its extensible enums opened up.
    tolerant = yaml.safe_load((report_dir / "tensorcost-tolerant.yaml").read_text())
    assert tolerant == drift.tolerant(load_spec(SPEC_PATH))
    assert drift.Classifier(tolerant).extensible_enums() == 0

    schemathesis = json.loads((report_dir / "schemathesis.json").read_text())
    reads = sum(1 for op in operations().values() if op.is_read)
    assert schemathesis["operations"]["selected"] == reads, "staging mode tests GET operations only"
    assert env["TENSORCOST_API_TOKEN"] not in (report_dir / "pytest.log").read_text(), (
        "the token leaked into the log"
    )

    outcome = {name: o for name, (o, _) in results.items()}
    writes = [n for n, (o, msg) in results.items() if "writes: staging mode is read-only" in msg]
    assert writes, "write tests were not skipped as read-only"
    for name, (o, msg) in results.items():
        if "test_accept_recommendation_then_ledger" in name or "test_members" in name:
            assert o == "skipped", f"{name} ran in read-only staging mode ({o}: {msg})"
        if "test_tenant_switch" in name or "test_429_is_honoured" in name:
            assert o == "skipped", f"{name} needs the mock's control surface; it must skip in staging ({o})"
    per_operation = [n for n in outcome if "::test_operation_keeps_the_contract[" in n]
    assert len(per_operation) == reads, "every GET operation has its own verdict"
    read_tests = [n for n in outcome if "test_gpu_reads" in n or "test_every_read_against_prism_mock" in n]
    assert read_tests, "the read suite did not run in staging mode"
    assert all(outcome[n] != "skipped" for n in read_tests), "read tests were skipped in staging mode"
    print(f"staging run: {sum(o == 'passed' for o in outcome.values())} passed, "
          f"{sum(o == 'skipped' for o in outcome.values())} skipped, "
          f"{sum(o == 'failure' for o in outcome.values())} failed; JUnit {junit}")  # fmt: skip
    schemathesis_outcome = [o for n, o in outcome.items() if n.endswith("::test_schemathesis")]
    assert schemathesis_outcome == ["passed"], f"Schemathesis in staging mode: {schemathesis_outcome}"
    # The deployment here is the same mock as the local run's, so a read-only staging run against it
    # is green too (the coverage gate included: deprecated paths count with their documented 410).
    failed = {name: msg for name, (o, msg) in results.items() if o == "failure"}
    assert not failed, f"the staging run failed against a healthy mock: {failed}"


def test_staging_mode_without_a_token_fails_clearly(staging_server: MockServer) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TENSORCOST_API_TOKEN"}
    done = _run(
        ["tests/contract/test_schemathesis.py::test_schemathesis", "--base-url", staging_server.url],
        env,
        timeout=120,
    )
    assert done.returncode != 0
    assert "needs an access token in TENSORCOST_API_TOKEN" in done.stdout + done.stderr


# -- drift: a deployment ahead of the spec (additive) or off it (breaking) ------------------------------

#: Operations the drift runs look at closely (Schemathesis is limited to them to keep runs short).
ADDITIVE_OPS = ["alert_list_alerts", "cost_list_budgets"]
DRIFT_EXAMPLES = 5
DRIFT_TIMEOUT = 240


def _spec_with_extensible_severity(tmp_path: Path) -> Path:
    """The spec with `x-extensible-enum: true` on AlertSeverity (as the spec marks response enums)."""
    document = deepcopy(load_spec(SPEC_PATH))  # the shared document is read-only
    document["components"]["schemas"]["AlertSeverity"]["x-extensible-enum"] = True
    copy = tmp_path / "tensorcost.yaml"
    copy.write_text(yaml.safe_dump(document, sort_keys=False))
    return copy


def _ahead(operation_id: str, body: Any) -> Any:
    """Additive drift: a new severity and a new field on every alert."""
    if operation_id != "alert_list_alerts" or not isinstance(body, dict) or not body.get("data"):
        return None
    for alert in body["data"]:
        alert["severity"] = "urgent"
        alert["runbook_url"] = "https://runbooks.example/alerts"
    return body


def _drift_run(
    server: MockServer, rewrite: Rewrite, report_dir: Path, args: list[str]
) -> tuple[subprocess.CompletedProcess[str], Path, Proxy]:
    junit = report_dir / "junit.xml"
    env = _env(server)
    with Proxy(server.url, rewrite) as deployment:
        done = _run(
            [
                "--base-url", deployment.url,
                "--report-dir", str(report_dir),
                "--max-examples", str(DRIFT_EXAMPLES),
                f"--junitxml={junit}",
                *args,
            ],
            env,
            timeout=DRIFT_TIMEOUT,
        )  # fmt: skip
    (report_dir / "pytest.log").write_text(done.stdout + done.stderr)
    assert junit.exists(), f"no JUnit XML from the staging run:\n{done.stdout[-3000:]}{done.stderr[-2000:]}"
    assert set(deployment.methods) <= READ_ONLY_METHODS, deployment.methods
    return done, junit, deployment


def test_additive_drift_is_reported_and_passes_unless_strict(
    staging_server: MockServer, options: ContractOptions, tmp_path: Path
) -> None:
    spec_copy = _spec_with_extensible_severity(tmp_path)
    args = [
        "tests/contract/test_drift.py::test_operation_keeps_the_contract",
        "tests/contract/test_schemathesis.py::test_schemathesis",
        "--spec", str(spec_copy),
        *[arg for op in ADDITIVE_OPS for arg in ("--operation", op)],
    ]  # fmt: skip
    done, junit, deployment = _drift_run(staging_server, _ahead, options.report_dir / "drift-additive", args)
    output = done.stdout + done.stderr
    assert deployment.rewritten["alert_list_alerts"] > 0, "the proxy never drifted an answer"
    assert done.returncode == 0, f"additive drift failed the run:\n{output[-4000:]}"
    outcome = {name: o for name, (o, _) in _results(junit).items()}
    assert set(outcome.values()) == {"passed"}, outcome
    assert len(outcome) == len(ADDITIVE_OPS) + 1, "one case per operation, and Schemathesis"
    # Reported with operation, JSON path and value: in the JUnit case of the operation ...
    props = _properties(junit, "test_operation_keeps_the_contract[alert_list_alerts]")
    additive = [value for name, value in props if name == "additive_drift"]
    assert any(v.startswith('alert_list_alerts $.data[0].severity = "urgent"') for v in additive), additive
    assert any("$.data[0].runbook_url" in v and "does not list" in v for v in additive), additive
    healthy = _properties(junit, "test_operation_keeps_the_contract[cost_list_budgets]")
    assert [name for name, _ in healthy] == ["status"], f"a healthy operation carries no drift: {healthy}"
    # ... in Schemathesis' case (its drift check saw the same answers) ...
    schemathesis = [v for n, v in _properties(junit, "test_schemathesis") if n == "additive_drift"]
    assert any("alert_list_alerts" in v and ".severity" in v for v in schemathesis), schemathesis
    # ... and in the run's summary and drift.json.
    assert "additive drift: the spec is behind the server" in output
    assert 'alert_list_alerts $.data[0].severity = "urgent"' in output
    found = json.loads((options.report_dir / "drift-additive" / "drift.json").read_text())
    assert {(d["kind"], d["operation_id"]) for d in found} == {("additive", "alert_list_alerts")}

    strict, junit, _ = _drift_run(
        staging_server,
        _ahead,
        options.report_dir / "drift-strict",
        [*args[:1], *args[2:], "--strict"],  # the per-operation cases alone, pytest's strict mode
    )
    assert strict.returncode != 0, "--strict lets additive drift pass"
    results = _results(junit)
    assert (
        results["tests.contract.test_drift::test_operation_keeps_the_contract[alert_list_alerts]"][0]
        == "failure"
    )
    assert (
        results["tests.contract.test_drift::test_operation_keeps_the_contract[cost_list_budgets]"][0]
        == "passed"
    )


def _off_spec(operation_id: str, body: Any) -> Any:
    """Breaking drift in three operations; every other answer is left alone."""
    if not isinstance(body, dict) or not isinstance(body.get("data"), dict):
        return None
    if operation_id == "cost_get_summary":
        body["data"]["event_count"] = "1234"  # a number as a string
        return body
    if operation_id == "alert_get_alerts_summary":
        del body["data"]["total"]  # a required field dropped
        return body
    if operation_id == "tenant_get_branding":
        return [body["data"]]  # no envelope
    return None


#: operation -> (start, part) of the `breaking_drift` property its test case must carry.
BROKEN = {
    "cost_get_summary": ('cost_get_summary $.data.event_count = "1234"', "is not of type 'integer'"),
    "alert_get_alerts_summary": ("alert_get_alerts_summary $.data = {", "'total' is a required property"),
    "tenant_get_branding": ("tenant_get_branding $ = [{", "is not of type 'object'"),
}


def test_breaking_drift_fails_and_every_operation_keeps_its_own_verdict(
    staging_server: MockServer, options: ContractOptions
) -> None:
    done, junit, deployment = _drift_run(
        staging_server,
        _off_spec,
        options.report_dir / "drift-breaking",
        ["tests/contract/test_drift.py::test_operation_keeps_the_contract"],
    )
    output = done.stdout + done.stderr
    assert set(BROKEN) <= set(deployment.rewritten), deployment.rewritten
    assert done.returncode != 0, "breaking drift passed the run"
    results = _results(junit)
    reads = [op_id for op_id, op in operations().items() if op.is_read]
    prefix = "tests.contract.test_drift::test_operation_keeps_the_contract"
    assert sorted(results) == sorted(f"{prefix}[{op_id}]" for op_id in reads), "one case per GET operation"
    for op_id in reads:
        outcome, message = results[f"{prefix}[{op_id}]"]
        if op_id in BROKEN:
            assert outcome == "failure", f"{op_id}: {outcome}"
            start, part = BROKEN[op_id]
            found = [v for n, v in _properties(junit, f"[{op_id}]") if n == "breaking_drift"]
            assert any(v.startswith(start) and part in v for v in found), f"{op_id}: {found}"
            assert any(line.startswith(start) for line in output.splitlines()), "not in the summary"
        else:  # one drift never hides another: every other operation got its own verdict
            assert outcome == "passed", f"{op_id} ({outcome}): {message}"
    assert "breaking drift: the server broke the spec: 3" in output
    assert '"1234"' in output
