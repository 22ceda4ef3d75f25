"""The per-operation role table: `x-required-role` on every operation, a sound hierarchy, a fresh page."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

from _spec import ROOT, iter_operations
from conftest import import_module


def _renderer() -> ModuleType:
    return import_module(ROOT / "tools" / "roles" / "render.py", "roles_render")


def test_every_operation_names_a_role_of_the_enum(spec: dict[str, Any]) -> None:
    roles = set(spec["components"]["schemas"]["Role"]["enum"])
    missing = [
        op["operationId"] for _, _, op in iter_operations(spec) if op.get("x-required-role") not in roles
    ]
    assert missing == [], f"operations without a valid x-required-role: {missing}"


def test_the_hierarchy_covers_every_role_and_has_one_top(spec: dict[str, Any]) -> None:
    render = _renderer()
    role_schema = spec["components"]["schemas"]["Role"]
    table = role_schema["x-role-includes"]
    assert set(table) == set(role_schema["enum"])
    assert all(set(below) <= set(table) for below in table.values())
    assert render.allowed_roles(spec, "viewer") == role_schema["enum"], "every role includes viewer"
    assert render.allowed_roles(spec, "owner") == ["owner"]
    assert render.allowed_roles(spec, "engineer") == ["owner", "admin", "engineer"]
    assert render.allowed_roles(spec, "finops_analyst") == ["owner", "admin", "finops_analyst"]


def test_reads_need_viewer_and_changes_need_more(spec: dict[str, Any]) -> None:
    """A viewer may only read (Role's description); an anonymous auth call is the one exception."""
    for path, method, op in iter_operations(spec):
        role = op["x-required-role"]
        if method == "get":
            assert role == "viewer", f"{method} {path}"
        elif op.get("security") != []:
            assert role != "viewer", f"{method} {path} changes state but a viewer may call it"


def test_only_an_owner_changes_roles(spec: dict[str, Any]) -> None:
    assert spec["paths"]["/v1/tenant/members/{id}/role"]["patch"]["x-required-role"] == "owner"


def test_the_marker_is_documented_in_the_info_description(spec: dict[str, Any]) -> None:
    assert "`x-required-role: <role>`" in spec["info"]["description"]


def test_docs_roles_page_is_fresh(spec: dict[str, Any]) -> None:
    page = Path(ROOT / "docs" / "roles.md").read_text(encoding="utf-8")
    assert page == _renderer().render(spec), "docs/roles.md is stale: run python tools/roles/render.py"
