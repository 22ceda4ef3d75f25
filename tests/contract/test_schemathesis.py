"""Schemathesis 4 against the target: every check, every phase (stateful follows the spec's links).

Gate: zero failures and zero errors. CI uses a fixed seed; ``--deep`` a random one and 10x the
examples. Staging mode reads responses with the drift classifier instead of Schemathesis' own
schema check (``schemathesis_hooks.py``): breaking drift fails, additive drift is reported. Read-only
staging runs generate no request but GET (``phases.coverage.unexpected-methods`` is emptied, so
no other method is probed) and the hooks refuse to send anything else. Reports (JUnit XML, Schemathesis' JSON run report, the console log) go to the report
directory; nothing is written inside the source tree.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path
from typing import Any

import pytest

from . import drift
from .conftest import ContractOptions, Target
from .support import DRIFTS, ROOT, operations, resolve, spec_path

CONFIG = Path(__file__).with_name("schemathesis.toml")
HOOKS = Path(__file__).with_name("schemathesis_hooks.py")
#: Staging mode replaces Schemathesis' own response schema check with `drift_conformance`.
STAGING_EXCLUDED = ["response_schema_conformance"]
#: ... and a read-only run sends no other method, so there is no unsupported method to check.
READ_ONLY_EXCLUDED = [*STAGING_EXCLUDED, "unsupported_method"]
PHASES = "examples,coverage,fuzzing,stateful"
#: Every link of the spec starts at a POST (a create), so a GET-only run has no stateful phase.
READ_ONLY_PHASES = "examples,coverage,fuzzing"
#: The CI run must leave room for the rest of the contract session (~10 minutes on 2 cores).
CI_TIMEOUT = 420
DEEP_TIMEOUT = 3600
DEFAULT_POSITIVE = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]


def schemathesis_config(target: Target, options: ContractOptions) -> Path:
    """The config file; read-only runs get a copy that probes no method the spec does not list
    (the coverage phase otherwise sends POST, PUT, PATCH, DELETE, ... to GET-only paths)."""
    if not target.read_only:
        return CONFIG
    copy = options.report_dir / "schemathesis-read-only.toml"
    copy.write_text(
        CONFIG.read_text()
        + "\n# Read-only staging run (written by test_schemathesis.py): no method the spec does not list.\n"
        + "[phases.coverage]\nunexpected-methods = []\n"
    )
    return copy


def schemathesis_command(target: Target, options: ContractOptions) -> list[str]:
    report = options.report_dir
    cmd = [
        sys.executable, "-m", "schemathesis.cli", "--config-file", str(schemathesis_config(target, options)),
        "--no-color",
        "run", str(options.spec_path),
        "--url", target.base_url,
        "--checks", "all",
        "--phases", READ_ONLY_PHASES if target.read_only else PHASES,
        "--max-examples", str(options.max_examples),
        "--seed", str(options.seed),
        "--report", "junit,json",
        "--report-dir", str(report),
        "--report-junit-path", str(report / "schemathesis-junit.xml"),
        "--report-json-path", str(report / "schemathesis.json"),
    ]  # fmt: skip
    if target.staging:
        excluded = READ_ONLY_EXCLUDED if target.read_only else STAGING_EXCLUDED
        cmd += ["--exclude-checks", ",".join(excluded)]
    # Schemathesis ORs its filters: --operation alone, or every GET of a read-only run.
    only = [op_id for op_id in options.only if operations()[op_id].is_read or not target.read_only]
    if options.only and not only:
        pytest.fail("--operation: a read-only run tests GET operations only", pytrace=False)
    for operation_id in only:
        cmd += ["--include-operation-id", operation_id]
    if target.read_only and not only:
        cmd += ["--include-method", "GET"]
    if target.tenant_id:
        cmd += ["--header", f"X-Active-Tenant-Id: {target.tenant_id}"]
    return cmd


def schemathesis_env(target: Target, options: ContractOptions) -> dict[str, str]:
    env = {**os.environ, "TENSORCOST_API_TOKEN": target.token}
    if target.staging:
        env |= {
            "SCHEMATHESIS_HOOKS": str(HOOKS),
            "TENSORCOST_CONTRACT_SPEC": str(options.spec_path),
            "TENSORCOST_DRIFT_LOG": str(options.report_dir / "schemathesis-drift.jsonl"),
        }
        if options.strict:
            env["TENSORCOST_DRIFT_STRICT"] = "1"
        if target.read_only:
            env["TENSORCOST_READ_ONLY"] = "1"
    return env


def test_schemathesis(target: Target, options: ContractOptions, request: pytest.FixtureRequest) -> None:
    cmd = schemathesis_command(target, options)
    drift_log = options.report_dir / "schemathesis-drift.jsonl"
    drift_log.unlink(missing_ok=True)
    workdir = options.report_dir / "schemathesis-work"  # its .hypothesis/ and .schemathesis/ caches
    workdir.mkdir(parents=True, exist_ok=True)
    log_path = options.report_dir / "schemathesis.log"
    env = schemathesis_env(target, options)
    timeout = DEEP_TIMEOUT if options.deep else CI_TIMEOUT
    started = time.monotonic()
    try:
        done = subprocess.run(
            cmd, cwd=workdir, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as exc:
        output = exc.stdout if isinstance(exc.stdout, str) else (exc.stdout or b"").decode(errors="replace")
        log_path.write_text(output)
        pytest.fail(f"Schemathesis exceeded its {timeout} s time box; see {log_path}", pytrace=False)
    elapsed = time.monotonic() - started
    log_path.write_text(done.stdout + done.stderr)

    report_path = options.report_dir / "schemathesis.json"
    assert report_path.exists(), (
        f"Schemathesis wrote no JSON report (exit {done.returncode}):\n{done.stdout[-4000:]}{done.stderr[-2000:]}"
    )
    report: dict[str, Any] = json.loads(report_path.read_text())
    ops = report["operations"]
    cases = report["test_cases"]
    summary = (
        f"Schemathesis {report['schemathesis_version']}: {ops['tested']}/{ops['selected']} operations tested "
        f"({ops['total']} in the spec), {cases['generated']} cases generated, "
        f"{cases['unique_failures']} unique failures, {len(report['errors'])} errors, seed {report['seed']}, "
        f"{elapsed:.0f} s; JUnit: {options.report_dir / 'schemathesis-junit.xml'}"
    )
    print(summary)
    (options.report_dir / "schemathesis-summary.txt").write_text(summary + "\n")
    warnings = {name: items for name, items in report.get("warnings", {}).items() if items}
    if warnings:
        print("Schemathesis warnings:", json.dumps(warnings, indent=1)[:3000])

    additive = drift.unique(drift.read(drift_log))
    DRIFTS.extend(additive)
    for found in additive:
        request.node.user_properties.append(("additive_drift", found.line()))
    if additive:
        print(f"Schemathesis: {len(additive)} additive drift findings (see the summary and drift.json)")

    expected = sum(
        1
        for op_id, op in operations().items()
        if (op.is_read or not target.read_only) and (not options.only or op_id in options.only)
    )
    problems = []
    if report["failures"] or report["errors"] or done.returncode != 0:
        problems.append(f"exit code {done.returncode}; failures: {json.dumps(report['failures'], indent=1)}")
        problems.append(f"errors: {json.dumps(report['errors'], indent=1)[:3000]}")
        problems.append(_failure_section(done.stdout))
    if ops["tested"] != expected or ops["errored"] or ops["skipped"]:
        problems.append(f"expected {expected} operations tested, got {ops}")
    if report["stop_reason"] != "completed":
        problems.append(f"the run stopped early: {report['stop_reason']}")
    assert not problems, summary + "\n" + "\n".join(problems)

    if target.mock is not None:
        violations = target.mock.violations()
        assert violations == [], f"the mock broke the spec under Schemathesis: {violations[:5]}"


def _failure_section(stdout: str) -> str:
    start = stdout.find("FAILURES")
    return stdout[start : start + 12000] if start >= 0 else stdout[-6000:]


# -- the exclusions are the spec's, not ours ---------------------------------------------------------


def _config() -> dict[str, Any]:
    return tomllib.loads(CONFIG.read_text())


def test_config_is_valid_for_the_pinned_schemathesis(monkeypatch: pytest.MonkeyPatch) -> None:
    """The config file loads in Schemathesis itself (a typo would silently change nothing)."""
    from schemathesis.config import SchemathesisConfig

    monkeypatch.setenv("TENSORCOST_API_TOKEN", "not-a-token")
    SchemathesisConfig.from_path(CONFIG)
    config = _config()
    assert "checks" not in config or not any(
        not check.get("enabled", True) for check in config["checks"].values() if isinstance(check, dict)
    ), "no check may be switched off globally"


def test_every_exclusion_is_documented() -> None:
    """Each per-operation allowance names operations that document the extra statuses."""
    config = _config()
    assert "operations" in config
    for entry in config["operations"]:
        ids = entry["include-operation-id"]
        ids = [ids] if isinstance(ids, str) else ids
        assert set(entry) <= {"include-operation-id", "checks"}, f"only per-operation check settings: {entry}"
        for name, check in entry["checks"].items():
            assert check.get("enabled", True), f"{name} is switched off for {ids}; relax statuses instead"
            extra = [s for s in check.get("expected-statuses", []) if s not in DEFAULT_POSITIVE]
            for op_id in ids:
                op = operations()[op_id]
                for status in extra:
                    assert status in op.statuses, f"{op_id} does not document {status}, yet {name} accepts it"
                    if status == "410":
                        assert op.deprecated, f"{op_id}: 410 is allowed only for deprecated (sunset) paths"
                        assert "410" in op.raw.get("description", ""), (
                            f"{op_id}'s description must state the 410"
                        )
                    elif status == "400":
                        assert _documented_400(op), (
                            f"{op_id}: accepting 400 for valid data needs the operation, a parameter or a "
                            "body field to document the 400 (a rule JSON Schema cannot express)"
                        )
                    else:
                        pytest.fail(f"{op_id}: no justification known for accepting {status}")


def _documented_400(op: Any) -> list[str]:
    """Where an operation documents a 400 for a rule its schemas cannot express: its description,
    a parameter's, or a request-body field's (at any depth: e.g. `actions[].channel_ids`)."""
    found = ["description"] if "400" in op.raw.get("description", "") else []
    found += [f"{p['in']} {p['name']}" for p in op.parameters if "400" in p.get("description", "")]
    body = resolve(op.raw.get("requestBody") or {})
    for media in (body.get("content") or {}).values():
        found += _fields_documenting_400(media.get("schema") or {}, "body")
    return found


def _fields_documenting_400(node: Any, where: str, seen: frozenset[str] = frozenset()) -> list[str]:
    """Paths of the schema's fields whose description (or that of the schema a field refers to)
    documents a 400; the body schema's own description does not count."""
    found: list[str] = []
    if isinstance(node, dict) and "$ref" in node:
        if node["$ref"] in seen:
            return found
        seen = seen | {node["$ref"]}
    schema = resolve(node)
    if not isinstance(schema, dict):
        return found
    for name, prop in (schema.get("properties") or {}).items():
        path = f"{where}.{name}"
        if "400" in (prop.get("description", "") if isinstance(prop, dict) else "") or "400" in resolve(
            prop
        ).get("description", ""):
            found.append(path)
        found += _fields_documenting_400(prop, path, seen)
    if isinstance(schema.get("items"), dict):
        found += _fields_documenting_400(schema["items"], where + "[]", seen)
    for keyword in ("oneOf", "anyOf", "allOf"):
        for option in schema.get(keyword) or []:
            found += _fields_documenting_400(option, where, seen)
    return found


def test_command_follows_the_options(target: Target, options: ContractOptions) -> None:
    cmd = schemathesis_command(target, options)
    assert cmd[cmd.index("--phases") + 1] == (READ_ONLY_PHASES if target.read_only else PHASES)
    assert cmd[cmd.index("--checks") + 1] == "all"
    assert int(cmd[cmd.index("--max-examples") + 1]) == options.max_examples
    if not options.deep and options.max_examples == 50:
        assert cmd[cmd.index("--seed") + 1] == "20261126", "CI runs with a fixed seed"
    assert ("--include-method" in cmd) == (target.read_only and not options.only)
    assert cmd[cmd.index("run") + 1] == str(spec_path())
    assert str(ROOT) in str(CONFIG)
    if target.staging:
        excluded = cmd[cmd.index("--exclude-checks") + 1].split(",")
        assert "response_schema_conformance" in excluded, "staging reads responses with the drift classifier"
        assert ("unsupported_method" in excluded) == target.read_only
        assert schemathesis_env(target, options)["SCHEMATHESIS_HOOKS"] == str(HOOKS)
    else:
        assert "--exclude-checks" not in cmd, "local mode runs every check"
        assert "SCHEMATHESIS_HOOKS" not in schemathesis_env(target, options)


def test_read_only_config_probes_no_other_method(
    options: ContractOptions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read-only copy of the config loads in Schemathesis and empties the probed methods."""
    from schemathesis.config import SchemathesisConfig

    read_only = Target("http://127.0.0.1:9", "not-a-token", None, True, None)
    copy = schemathesis_config(read_only, dataclasses.replace(options, report_dir=tmp_path))
    monkeypatch.setenv("TENSORCOST_API_TOKEN", "not-a-token")
    loaded = SchemathesisConfig.from_path(copy)
    assert loaded.projects.default.phases.coverage.unexpected_methods == set()
    assert SchemathesisConfig.from_path(CONFIG).projects.default.phases.coverage.unexpected_methods
