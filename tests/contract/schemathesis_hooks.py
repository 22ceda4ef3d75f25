"""Schemathesis hooks for staging mode (loaded through ``SCHEMATHESIS_HOOKS`` by test_schemathesis.py).

* ``drift_conformance`` replaces ``response_schema_conformance``: breaking drift fails the check,
  additive drift is appended to ``TENSORCOST_DRIFT_LOG`` (and fails only when
  ``TENSORCOST_DRIFT_STRICT`` is set).
* With ``TENSORCOST_READ_ONLY`` set, ``before_call`` refuses any request but GET and HEAD: the
  run's configuration already generates none, this is the second lock.

Local mode (the mock) loads none of this: Schemathesis' own schema check runs there.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Any

import schemathesis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the _spec that drift reads
sys.path.insert(0, str(Path(__file__).resolve().parent))
import drift  # a hooks file is loaded by path, not as part of the package

READ_ONLY_METHODS = frozenset({"GET", "HEAD"})


@functools.cache
def _classifier() -> drift.Classifier:
    return drift.Classifier.from_path(Path(os.environ["TENSORCOST_CONTRACT_SPEC"]))


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    if os.environ.get("TENSORCOST_READ_ONLY") and case.method.upper() not in READ_ONLY_METHODS:
        raise RuntimeError(f"read-only run: {case.method} {case.path} was not sent (--allow-writes sends it)")


@schemathesis.check
def drift_conformance(ctx: Any, response: Any, case: Any) -> bool | None:
    operation_id = case.operation.definition.raw.get("operationId")
    if operation_id is None:
        return None
    content_type = (response.headers.get("content-type") or [""])[0]
    found = _classifier().classify(operation_id, response.status_code, content_type, response.content)
    additive = [d for d in found if d.kind == "additive"]
    drift.append(Path(os.environ["TENSORCOST_DRIFT_LOG"]), additive)
    failing = [d for d in found if d.kind == "breaking" or os.environ.get("TENSORCOST_DRIFT_STRICT")]
    if failing:
        raise AssertionError("\n".join(f"{d.kind} drift: {d.line()}" for d in failing))
    return None
