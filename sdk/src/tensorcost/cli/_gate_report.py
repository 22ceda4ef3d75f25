"""The gate's report as text, JSON, GitHub Actions annotations or JUnit XML."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._gate import GateResult, Outcome
_LABEL = {"pass": "PASS", "breach": "BREACH", "error": "ERROR", "skipped": "SKIPPED"}


def _value(value: Decimal | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "%":
        return f"{value:,f}%"
    if unit == "anomalies":
        return f"{value:,f} open"
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(Decimal("0.01"))
    return f"{value:,f} {unit}"


def comparison(o: Outcome) -> str:
    """`94.13% > 90%`, or why there is no measurement."""
    if o.measured is None:
        return o.error or "not measured"
    sign = "<=" if o.status == "pass" else ">"
    return f"{_value(o.measured, o.unit)} {sign} {_value(o.limit, o.unit)}"


def _summary(result: GateResult) -> str:
    if result.error:
        return f"TensorCost gate: ERROR: {result.error}"
    n = len(result.outcomes)
    parts = [f"{result.count('pass')} passed", f"{result.count('breach')} breached"]
    errors = result.count("error") + result.count("skipped")
    if errors:
        parts.append(f"{errors} not checked")
    verdict = {"pass": "PASSED", "breach": "FAILED", "error": "ERROR"}[result.verdict]
    return f"TensorCost gate {verdict}: {n} condition{'s' * (n != 1)}, {', '.join(parts)}"


def text(result: GateResult) -> str:
    width = max((len(o.name) for o in result.outcomes), default=0)
    lines = []
    for o in result.outcomes:
        detail = f"  ({o.detail})" if o.detail and o.measured is not None else ""
        lines.append(f"{_LABEL[o.status]:<8} {o.name:<{width}}  {comparison(o)}{detail}")
    lines.append(_summary(result))
    return "\n".join(lines) + "\n"


def _json_outcome(o: Outcome) -> dict[str, object]:
    return {
        "name": o.name,
        "kind": o.kind,
        "status": o.status,
        "passed": o.status == "pass",
        "measured": None if o.measured is None else str(o.measured),
        "limit": str(o.limit),
        "unit": o.unit,
        "detail": o.detail,
        "error": o.error,
    }


def as_json(result: GateResult) -> str:
    doc = {
        "result": result.verdict,
        "exit_code": result.exit_code,
        "error": result.error,
        "conditions": [_json_outcome(o) for o in result.outcomes],
    }
    return json.dumps(doc, indent=2) + "\n"


def _gh_escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def github(result: GateResult) -> str:
    """Workflow commands: an error annotation per breached or unchecked condition, a notice per
    condition that holds. Also appends a table to the job summary when GITHUB_STEP_SUMMARY is set."""
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file:
        try:
            with open(summary_file, "a", encoding="utf-8") as fh:
                fh.write(markdown(result))
        except OSError as exc:  # the report still prints; the gate exits 2
            result.problems.append(f"cannot write the job summary GITHUB_STEP_SUMMARY={summary_file}: {exc}")
    lines = []
    if result.error:
        lines.append(f"::error title={_gh_escape('TensorCost gate', prop=True)}::{_gh_escape(result.error)}")
    for problem in result.problems:
        lines.append(f"::error title={_gh_escape('TensorCost gate', prop=True)}::{_gh_escape(problem)}")
    for o in result.outcomes:
        level = "notice" if o.status == "pass" else "error"
        title = _gh_escape(f"TensorCost gate: {o.name}", prop=True)
        message = comparison(o) + (f" ({o.detail})" if o.detail and o.measured is not None else "")
        lines.append(f"::{level} title={title}::{_gh_escape(message)}")
    # The error itself is in the annotation above; the log's last line does not repeat it.
    lines.append("TensorCost gate: ERROR (see the annotation above)" if result.error else _summary(result))
    return "\n".join(lines) + "\n"


def markdown(result: GateResult) -> str:
    rows = ["| | condition | measured | limit | detail |", "|---|---|---|---|---|"]
    icon = {"pass": "✅", "breach": "❌", "error": "⚠️", "skipped": "⚠️"}
    for o in result.outcomes:
        detail = (o.detail if o.measured is not None else o.error or "").replace("|", "\\|")
        rows.append(
            f"| {icon[o.status]} | {o.name} | {_value(o.measured, o.unit)} | {_value(o.limit, o.unit)} | {detail} |"
        )
    return f"### {_summary(result)}\n\n" + "\n".join(rows) + "\n\n"


def junit(result: GateResult) -> str:
    """One test case per condition: `<failure>` when breached, `<error>` when not checked."""
    import xml.etree.ElementTree as ET  # only for this format

    suites = ET.Element("testsuites", name="tensorcost-gate")
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="tensorcost gate",
        timestamp=result.started_at.isoformat(timespec="seconds"),
    )
    errors = 0
    if result.error:
        case = ET.SubElement(suite, "testcase", classname="tensorcost.gate", name="gate configuration")
        ET.SubElement(case, "error", message=result.error, type="UsageError")
        errors += 1
    for o in result.outcomes:
        case = ET.SubElement(
            suite, "testcase", classname="tensorcost.gate", name=o.name, time=f"{o.seconds:.3f}"
        )
        props = ET.SubElement(case, "properties")
        for key, value in (
            ("measured", "" if o.measured is None else str(o.measured)),
            ("limit", str(o.limit)),
            ("unit", o.unit),
        ):
            ET.SubElement(props, "property", name=key, value=value)
        if o.status == "breach":
            ET.SubElement(case, "failure", message=comparison(o), type="GateBreached").text = o.detail
        elif o.status in ("error", "skipped"):
            ET.SubElement(case, "error", message=o.error or "not checked", type="GateError")
            errors += 1
        else:
            ET.SubElement(case, "system-out").text = f"{comparison(o)} {o.detail}".strip()
    total = len(result.outcomes) + (1 if result.error else 0)
    for element in (suites, suite):
        element.set("tests", str(total))
        element.set("failures", str(result.count("breach")))
        element.set("errors", str(errors))
    suite.set("time", f"{sum(o.seconds for o in result.outcomes):.3f}")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


RENDERERS: dict[str, Callable[[GateResult], str]] = {
    "text": text,
    "json": as_json,
    "github": github,
    "junit": junit,
}
