"""docs/spec-assumptions.md is generated from the spec's `x-assumption` markers and never stale."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from _spec import ROOT
from conftest import import_module

PAGE = ROOT / "docs" / "spec-assumptions.md"


def _renderer() -> ModuleType:
    return import_module(ROOT / "openapi" / "render_assumptions.py")


def test_the_committed_page_is_what_the_spec_renders(spec: dict[str, Any]) -> None:
    assert PAGE.read_text() == _renderer().render(spec), "run: python3 openapi/render_assumptions.py"


def test_the_page_lists_every_marker_and_the_topics_the_issue_names(spec: dict[str, Any]) -> None:
    page = PAGE.read_text()
    reasons = [
        " ".join(n["x-assumption"].split()) for _, n in _renderer()._walk(spec, "") if "x-assumption" in n
    ]
    assert len(reasons) >= 50
    assert all(reason in page for reason in reasons)
    for place in (
        "CreateAlertRuleRequest",
        "FeatureFlag",
        "X-TensorCost-Signature",
        "Idempotency-Key",
        "cursor",
        "ErrorResponse.code",
        "ids are opaque strings",
    ):
        assert place in page, place


def test_a_new_marker_makes_the_page_stale(spec: dict[str, Any]) -> None:
    changed = {**spec, "info": {**spec["info"], "x-assumption": "A made-up choice."}}
    assert _renderer().render(changed) != PAGE.read_text()
