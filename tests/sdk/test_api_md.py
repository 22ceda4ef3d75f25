"""sdk/api.md, the generated API reference: every service method, its parameters and result."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from tensorcost import TensorCost
from tensorcost._generated.api import OPERATIONS, TAGS

REPO = Path(__file__).resolve().parents[2]
API_MD = (REPO / "sdk" / "api.md").read_text(encoding="utf-8")


def _section(tag: str, method: str) -> str:
    start = API_MD.index(f"### `tc.{tag}.{method}()`")
    end = API_MD.find("\n### ", start + 1)
    return API_MD[start : end if end != -1 else None]


def test_every_service_and_operation_has_a_section() -> None:
    for tag in TAGS:
        assert f"\n## `tc.{tag}`\n" in API_MD
        assert f"- [`tc.{tag}`](#tc{tag}): " in API_MD
    headings = set(re.findall(r"^### `tc\.(\w+)\.(\w+)\(\)`$", API_MD, re.M))
    assert headings == set(OPERATIONS.values())
    for operation_id, (tag, method) in OPERATIONS.items():
        assert f"(operation `{operation_id}`)" in _section(tag, method)


def test_the_parameters_are_the_methods_own() -> None:
    tc = TensorCost(api_token="t")
    for tag, method in OPERATIONS.values():
        signature = inspect.signature(getattr(getattr(tc, tag), method))
        rows = re.findall(r"^\| `(\w+)` \| `", _section(tag, method), re.M)
        assert rows == list(signature.parameters), (tag, method)


def test_readme_links_it() -> None:
    assert "(sdk/api.md)" in (REPO / "README.md").read_text(encoding="utf-8")
