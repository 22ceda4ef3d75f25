"""Every operation of the spec is called end to end; the counts go to the report directory.

Runs last (conftest orders it): it reads what the end-to-end tests recorded. A new operation in
the spec fails here until an end-to-end test calls it through the SDK and gets a 2xx, for the
sync and the async client, directly and through the Prism proxy.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .conftest import ContractOptions, Target
from .support import RECORDER, operations

E2E_SOURCE = Path(__file__).with_name("test_sdk_e2e.py")
COMBINATIONS = [("sync", "direct"), ("async", "direct"), ("sync", "prism"), ("async", "prism")]


def expected_operations(target: Target) -> set[str]:
    if target.read_only:
        return {op_id for op_id, op in operations().items() if op.is_read}
    return set(operations())


def test_sdk_reaches_every_operation() -> None:
    from tensorcost._generated.api import OPERATIONS

    assert set(OPERATIONS) == set(operations()), "the SDK's operations differ from the spec's"


def test_every_operation_is_an_mcp_tool() -> None:
    """`tensorcost mcp` offers every operation (to a role that may call it), except the session's own
    (login, refresh: the server holds the token) and the deprecated paths (new clients use /v1)."""
    from tensorcost.mcp import Selection
    from tensorcost.mcp._catalog import SESSION_OPERATIONS

    offered = set(Selection(scope="write", role="owner", toolsets=None).operations())
    deprecated = {op_id for op_id, op in operations().items() if op.deprecated}
    missing = set(operations()) - offered - SESSION_OPERATIONS - deprecated
    assert not missing, f"operations without an MCP tool: {sorted(missing)}"


def test_every_operation_is_named_by_an_e2e_test() -> None:
    """Static: each operationId appears in test_sdk_e2e.py (holds in any run, even with -k)."""
    source = E2E_SOURCE.read_text()
    named = set(re.findall(r"\"([a-z]+_[a-z_]+)\"", source)) & set(operations())
    paginated = {op_id for op_id, op in operations().items() if op.paginated}  # parametrised from the spec
    missing = set(operations()) - named - paginated
    assert not missing, f"operations no end-to-end test calls: {sorted(missing)}"


def _covered(route: str, flavour: str, staging: bool) -> set[str]:
    covered = set()
    for e in RECORDER.exchanges:
        if e.route != route or e.flavour != flavour or e.operation_id is None:
            continue
        gone = staging and e.status == 410 and operations()[e.operation_id].deprecated
        if 200 <= e.status < 300 or gone:  # after the sunset, a deprecated path's documented answer is 410
            covered.add(e.operation_id)
    return covered


def _called(route: str, flavour: str) -> set[str]:
    return {
        e.operation_id
        for e in RECORDER.exchanges
        if e.route == route and e.flavour == flavour and e.operation_id is not None
    }


def test_every_operation_is_called_end_to_end(target: Target, options: ContractOptions) -> None:
    if RECORDER.e2e_deselected:
        pytest.skip(f"{RECORDER.e2e_deselected} end-to-end tests were deselected; coverage needs them all")
    if not RECORDER.exchanges:
        pytest.skip("the end-to-end tests did not run in this session")
    expected = expected_operations(target)
    summary: dict[str, object] = {
        "operations_in_spec": len(operations()),
        "operations_expected": len(expected),
    }
    problems = []
    for flavour, route in COMBINATIONS:
        covered = _covered(route, flavour, target.staging)
        summary[f"covered_{flavour}_{route}"] = len(covered & expected)
        missing = expected - covered
        called = _called(route, flavour)
        if missing & called:
            problems.append(
                f"{flavour}/{route}: {len(missing & called)} operations never answered 2xx: "
                f"{sorted(missing & called)}"
            )
        if missing - called:  # an earlier failure stopped the test; test_drift has their verdicts
            problems.append(
                f"{flavour}/{route}: {len(missing - called)} operations never called (a failure earlier in "
                f"their test stopped it; test_drift.py gives each operation its own verdict): "
                f"{sorted(missing - called)}"
            )
    prism = [e for e in RECORDER.exchanges if e.route == "prism"]
    violations = [(e.test, e.method, e.path, e.status, v) for e in prism for v in e.violations]
    summary |= {"prism_exchanges": len(prism), "prism_violations": len(violations)}
    schemathesis = options.report_dir / "schemathesis.json"
    if schemathesis.exists():
        report = json.loads(schemathesis.read_text())
        summary |= {
            "schemathesis_operations_tested": report["operations"]["tested"],
            "schemathesis_cases": report["test_cases"]["generated"],
            "schemathesis_failures": report["test_cases"]["unique_failures"],
        }
    (options.report_dir / "contract-summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    print("contract summary:", json.dumps(summary))
    if violations:
        problems.append(f"Prism flagged {len(violations)} exchanges: {violations[:10]}")
    if problems and RECORDER.e2e_failed:
        problems.append(f"({RECORDER.e2e_failed} end-to-end tests failed in this run; fix those first)")
    assert not problems, "\n".join(problems)
