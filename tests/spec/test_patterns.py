"""Every `pattern` in the spec compiles in each regex engine a consumer of the spec uses.

- ECMA-262 (JSON Schema's own dialect; Ajv, Prism, Spectral and browsers): node's `RegExp` with
  the `u` flag, as Ajv compiles patterns. A real engine, not an emulation: node is already
  needed by `nox -s spec` for Spectral.
- Python `re` (jsonschema, the mock server's validation, openapi-spec-validator).
- Rust `regex` (pydantic-core, hence pydantic v2 models generated from the spec, and
  jsonschema-rs with its `regex` engine), with their default compiled-size limits.

Each engine is first shown a pattern it must refuse, so a checker that accepts everything fails.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Callable
from typing import Any

import jsonschema_rs
import pytest
from pydantic_core import SchemaError, SchemaValidator, core_schema

# The form role_arn had before issue 9: Unicode `\w` repeated 512 times outgrows Rust regex's
# 10 MiB compiled-size limit, so pydantic models built from the spec failed to import.
RUST_TOO_BIG = r"^arn:aws[a-z-]*:iam::\d{12}:role/[\w+=,.@/-]{1,512}$"
ECMA_INVALID = r"(?i)^abc$"  # inline flags: Python and Rust accept them, ECMA-262 does not
PYTHON_INVALID = r"^\p{L}+$"  # Unicode property escapes: ECMA (u) and Rust accept, `re` does not

NODE_CHECK = """
const patterns = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const failures = {};
for (const p of patterns) {
  try { new RegExp(p, 'u'); } catch (e) { failures[p] = String(e.message); }
}
process.stdout.write(JSON.stringify(failures));
"""


def spec_patterns(spec: dict[str, Any]) -> dict[str, str]:
    """Every `pattern` keyword in the spec (a schema's, not a property named `pattern`): value -> where."""
    found: dict[str, str] = {}

    def walk(node: Any, where: str, in_properties: bool) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "pattern" and not in_properties and isinstance(value, str):
                    found.setdefault(value, f"{where}/pattern")
                else:
                    walk(value, f"{where}/{key}", key == "properties" and not in_properties)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}", False)

    walk(spec, "#", False)
    return found


def ecma_failures(patterns: list[str]) -> dict[str, str]:
    node = shutil.which("node")
    assert node, "node is needed (Node 20+, as for Spectral)"
    done = subprocess.run(
        [node, "-e", NODE_CHECK], input=json.dumps(patterns), capture_output=True, text=True, check=True
    )
    failures: dict[str, str] = json.loads(done.stdout)
    return failures


def python_error(pattern: str) -> str | None:
    try:
        re.compile(pattern)
    except re.error as exc:
        return str(exc)
    return None


def pydantic_core_error(pattern: str) -> str | None:
    try:
        SchemaValidator(core_schema.str_schema(pattern=pattern, regex_engine="rust-regex"))
    except SchemaError as exc:
        return str(exc)
    return None


def jsonschema_rs_error(pattern: str) -> str | None:
    try:
        jsonschema_rs.validator_for(
            {"type": "string", "pattern": pattern}, pattern_options=jsonschema_rs.RegexOptions()
        )
    except jsonschema_rs.ValidationError as exc:
        return str(exc)
    return None


RUST_CHECKS: dict[str, Callable[[str], str | None]] = {
    "pydantic-core": pydantic_core_error,
    "jsonschema-rs": jsonschema_rs_error,
}


def test_the_spec_has_patterns(spec: dict[str, Any]) -> None:
    patterns = spec_patterns(spec)
    assert len(patterns) >= 5
    assert any("role/" in p for p in patterns), "role_arn keeps a pattern"


def test_engines_refuse_what_they_cannot_compile() -> None:
    assert ECMA_INVALID in ecma_failures([ECMA_INVALID, PYTHON_INVALID])
    assert PYTHON_INVALID not in ecma_failures([PYTHON_INVALID])
    assert python_error(PYTHON_INVALID) is not None
    assert python_error(RUST_TOO_BIG) is None
    assert pydantic_core_error(RUST_TOO_BIG) is not None
    assert jsonschema_rs_error("[") is not None


def test_every_pattern_compiles_as_ecma_262(spec: dict[str, Any]) -> None:
    patterns = spec_patterns(spec)
    failures = ecma_failures(sorted(patterns))
    assert {patterns[p]: error for p, error in failures.items()} == {}


def test_every_pattern_compiles_in_python_re(spec: dict[str, Any]) -> None:
    failures = {where: python_error(p) for p, where in spec_patterns(spec).items()}
    assert {where: error for where, error in failures.items() if error} == {}


@pytest.mark.parametrize("engine", sorted(RUST_CHECKS))
def test_every_pattern_compiles_in_rust_regex(spec: dict[str, Any], engine: str) -> None:
    check = RUST_CHECKS[engine]
    failures = {where: check(p) for p, where in spec_patterns(spec).items()}
    assert {where: error for where, error in failures.items() if error} == {}
