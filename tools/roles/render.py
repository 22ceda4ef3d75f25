"""Render the role each operation needs, from the spec's `x-required-role`, into docs/roles.md
and into the last paragraph of every operation's `description` in openapi/tensorcost.yaml.

    python tools/roles/render.py           # write docs/roles.md and the spec's descriptions
    python tools/roles/render.py --check   # exit 1 when either is stale

tests/spec/test_roles.py runs the check, so neither can drift from `x-required-role`. Only the
`description` lines of the spec are rewritten (as a literal block); nothing else is touched.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "tensorcost.yaml"
PAGE = ROOT / "docs" / "roles.md"
METHODS = ("get", "put", "post", "patch", "delete")


def includes(spec: dict[str, Any]) -> dict[str, list[str]]:
    """Each role and the roles directly below it (the `Role` schema's `x-role-includes`)."""
    table: dict[str, list[str]] = spec["components"]["schemas"]["Role"]["x-role-includes"]
    return table


def allowed_roles(spec: dict[str, Any], required: str) -> list[str]:
    """Every role that may call an operation needing `required`, in the enum's order."""
    table = includes(spec)

    def covers(role: str) -> bool:
        return role == required or any(covers(below) for below in table[role])

    return [role for role in spec["components"]["schemas"]["Role"]["enum"] if covers(role)]


def role_sentence(spec: dict[str, Any], required: str) -> str:
    """The sentence that ends the description of an operation needing `required`."""
    allowed = ", ".join(f"`{role}`" for role in allowed_roles(spec, required))
    return f"Required role: `{required}`; allowed: {allowed}."


# A description's last paragraph when it is a role sentence (of any role, stale or not).
_ROLE_PARAGRAPH = re.compile(r"(?:\A|\n\n)Required role: `[a-z_]+`; allowed: [^\n]*\.\Z")


def described(spec: dict[str, Any], description: str, required: str) -> str:
    """`description` whose last paragraph is the role sentence for `required` (and no other)."""
    text = _ROLE_PARAGRAPH.sub("", description.rstrip())
    sentence = role_sentence(spec, required)
    return f"{text.rstrip()}\n\n{sentence}\n" if text.strip() else f"{sentence}\n"


def _mapping_value(node: yaml.MappingNode, key: str) -> yaml.Node | None:
    return next((value for k, value in node.value if k.value == key), None)


def describe_operations(text: str) -> str:
    """The spec's text with every operation's `description` ending in its role sentence.

    Each description is rewritten in place as a literal block (`|`) at its own indentation;
    an operation without one gets one after `x-required-role`. Every other line stays as it is.
    """
    spec = yaml.safe_load(text)
    root = yaml.compose(text)
    paths = _mapping_value(root, "paths")
    assert isinstance(paths, yaml.MappingNode)
    lines = text.splitlines(keepends=True)
    edits: list[tuple[int, int, list[str]]] = []  # (first line, end line, new lines)
    for path_key, item in paths.value:
        for method_key, op_node in item.value:
            if method_key.value not in METHODS:
                continue
            op = spec["paths"][path_key.value][method_key.value]
            value = described(spec, op.get("description", ""), op["x-required-role"])
            key_node = next((k for k, _ in op_node.value if k.value == "description"), None)
            if key_node is None:
                anchor = next(k for k, _ in op_node.value if k.value == "x-required-role")
                first = end = anchor.start_mark.line + 1
                indent = anchor.start_mark.column
            else:
                first, indent = key_node.start_mark.line, key_node.start_mark.column
                end = first + 1
                while end < len(lines) and (
                    not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip(" ")) > indent
                ):
                    end += 1
                while end - 1 > first and not lines[end - 1].strip():
                    end -= 1  # blank lines after the block stay where they are
            pad = " " * (indent + 2)
            block = [" " * indent + "description: |\n"]
            block += [f"{pad}{line}\n" if line else "\n" for line in value.rstrip("\n").split("\n")]
            edits.append((first, end, block))
    for first, end, block in sorted(edits, reverse=True):
        lines[first:end] = block
    return "".join(lines)


def stale_descriptions(spec: dict[str, Any]) -> list[str]:
    """The operations whose description does not end with the sentence for their role."""
    return [
        op["operationId"]
        for item in spec["paths"].values()
        for method in METHODS
        if (op := item.get(method)) is not None
        and op.get("description") != described(spec, op.get("description", ""), op["x-required-role"])
    ]


def render(spec: dict[str, Any]) -> str:
    table = includes(spec)
    lines = [
        "# Roles: who may call what",
        "",
        "<!-- Generated by tools/roles/render.py from openapi/tensorcost.yaml; do not edit. -->",
        "",
        "Every operation of the spec names the least role that may call it (`x-required-role`).",
        "The roles form a hierarchy (the `Role` schema's `x-role-includes`); a role may call what",
        "it names and what every role below it may:",
        "",
    ]
    for role, below in table.items():
        lines.append(f"- `{role}`" + (f" includes {', '.join(f'`{b}`' for b in below)}" if below else ""))
    lines += [
        "",
        "The API reference names the roles but not this table: it is the spec's assumption (see the",
        "`x-assumption` on `Role`). `auth_login` and `auth_refresh_tokens` need no token; any member",
        "may use them. Each operation's `description` ends with the same fact, rendered from",
        '`x-required-role` by the same script ("Required role: `engineer`; allowed: `owner`, `admin`,',
        "`engineer`.\"), so the SDK's docstrings and the MCP tools show it. `tensorcost mcp --scope write`",
        "offers a write tool only to a caller whose role may call it (see [mcp.md](mcp.md)):",
        "",
        "```python",
        "from tensorcost.mcp import Selection",
        "",
        'engineer = Selection(scope="write", role="engineer", toolsets=None)',
        "writes = sorted(name for name, op in engineer.operations().items() if not op.read_only)",
        'assert "alert_acknowledge_alert" in writes and "tenant_update_member_role" not in writes',
        "print(writes)",
        "```",
        "",
        "| operation | method and path | required role | allowed roles |",
        "|---|---|---|---|",
    ]
    for path, item in spec["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            required = op["x-required-role"]
            allowed = ", ".join(allowed_roles(spec, required))
            lines.append(f"| `{op['operationId']}` | `{method.upper()} {path}` | `{required}` | {allowed} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail when docs/roles.md is stale")
    args = parser.parse_args(argv)
    spec_text = SPEC.read_text(encoding="utf-8")
    spec = yaml.safe_load(spec_text)
    page = render(spec)
    if args.check:
        stale = stale_descriptions(spec)
        if stale:
            print(
                f"{SPEC.relative_to(ROOT)}: descriptions disagree with x-required-role ({', '.join(stale)}): "
                "run python tools/roles/render.py",
                file=sys.stderr,
            )
        if not PAGE.exists() or PAGE.read_text(encoding="utf-8") != page:
            print(f"{PAGE.relative_to(ROOT)} is stale: run python tools/roles/render.py", file=sys.stderr)
            return 1
        return 1 if stale else 0
    new_spec_text = describe_operations(spec_text)
    new_spec = yaml.safe_load(new_spec_text)
    if stale_descriptions(new_spec):
        raise SystemExit("tools/roles/render.py: rewriting the descriptions went wrong; spec left as it was")
    if new_spec_text != spec_text:
        SPEC.write_text(new_spec_text, encoding="utf-8")
        print(f"wrote {SPEC.relative_to(ROOT)}")
    PAGE.write_text(page, encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
