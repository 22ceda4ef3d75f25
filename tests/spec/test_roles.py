"""The per-operation role table: `x-required-role` on every operation, a sound hierarchy, a fresh page."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
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


def test_every_description_ends_with_the_role_it_needs(spec: dict[str, Any]) -> None:
    """The role is rendered into each operation's description (its last paragraph), from `x-required-role`."""
    render = _renderer()
    wrong = []
    for path, method, op in iter_operations(spec):
        role = op["x-required-role"]
        allowed = ", ".join(f"`{r}`" for r in render.allowed_roles(spec, role))
        last = op.get("description", "").rstrip("\n").split("\n\n")[-1]
        if last != f"Required role: `{role}`; allowed: {allowed}.":
            wrong.append(f"{method.upper()} {path}: {last!r}")
        if op.get("description", "").count("Required role:") != 1:
            wrong.append(f"{method.upper()} {path}: more than one role sentence")
    assert wrong == [], "descriptions disagree with x-required-role: run python tools/roles/render.py"


def test_the_check_names_a_description_that_disagrees_and_the_writer_fixes_only_descriptions() -> None:
    render = _renderer()
    text = (ROOT / "openapi" / "tensorcost.yaml").read_text(encoding="utf-8")
    op_line = "      operationId: tenant_update_member_role\n      x-required-role: owner\n"
    assert op_line in text
    # Demote the operation's role in the spec and drop another operation's description.
    changed = text.replace(op_line, op_line.replace("owner", "admin"))
    doc = yaml.safe_load(changed)
    del doc["paths"]["/v1/gpu/mig"]["get"]["description"]
    assert render.stale_descriptions(doc) == ["gpu_get_mig_topology", "tenant_update_member_role"]

    lines = changed.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if "operationId: gpu_get_mig_topology" in line)
    first = next(i for i in range(start, len(lines)) if lines[i].startswith("      description:"))
    end = next(
        i for i in range(first + 1, len(lines)) if lines[i].strip() and not lines[i].startswith("        ")
    )
    without = "".join(lines[:first] + lines[end:])

    fixed = yaml.safe_load(render.describe_operations(without))
    assert render.stale_descriptions(fixed) == []
    role = fixed["paths"]["/v1/tenant/members/{id}/role"]["patch"]["description"]
    assert role.endswith("\n\nRequired role: `admin`; allowed: `owner`, `admin`.\n")
    assert role.count("Required role:") == 1, "the stale sentence is replaced, not kept"
    assert fixed["paths"]["/v1/gpu/mig"]["get"]["description"] == (
        "Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.\n"
    )
    original = yaml.safe_load(without)
    for item, fixed_item in zip(original["paths"].values(), fixed["paths"].values(), strict=True):
        for op in (*item.values(), *fixed_item.values()):
            if isinstance(op, dict):
                op.pop("description", None)
    assert fixed == original, "nothing but descriptions changes"
