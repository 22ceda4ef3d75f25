"""The `pip install` lines of the docs and examples, and what each requirement in them may be.

A requirement installs this project's code only when it names where the code comes from: a path
in the repository (`./sdk[cli]`), a built wheel (`dist/tensorcost-0.1.0-py3-none-any.whl`), or a
pinned tag of the repository (`tensorcost[cli] @ git+URL@v0.1.0#subdirectory=sdk`). A bare name
resolves against the public index, where `tensorcost` is someone else's package.
"""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .conftest import REPO

FIRST_PARTY = {"tensorcost": "sdk", "tensorcost-mock": "mock_server"}
PIP_INSTALL = re.compile(r"pip install ([^\n`]+)")  # to the end of the line or of inline code
SHELL_OPERATORS = {"&&", "||", ";", "|", ">", "2>&1"}
GIT = re.compile(
    r"(?P<name>[\w-]+)(?:\[(?P<extras>[\w,]+)\])? @ git\+(?P<url>https://\S+?)@(?P<ref>[^@#\s]+)"
    r"#subdirectory=(?P<subdirectory>\S+)"
)
LOCAL = re.compile(r"(?P<path>(?:\./)?(?:sdk|mock_server|dist/[\w.+-]+\.whl))/?(?:\[(?P<extras>[\w,]+)\])?")
PINNED = re.compile(r"[A-Za-z0-9][\w.-]*==[\w.+-]+")


def sources() -> list[Path]:
    """Every file a user reads install lines in."""
    files = [
        REPO / "README.md",
        REPO / "ARCHITECTURE.md",
        REPO / "sdk" / "README.md",
        REPO / "mock_server" / "README.md",
    ]
    files += sorted((REPO / "docs").glob("*.md"))
    files += sorted(
        p
        for p in (REPO / "examples").rglob("*")
        if p.suffix in {".md", ".yml", ".yaml", ".ipynb", ".py", ".toml"}
    )
    return files


def _text(path: Path) -> str:
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        return "\n".join("".join(cell["source"]) for cell in cells)
    return path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Line:
    where: str
    requirements: tuple[str, ...]


def requirements(text: str) -> list[tuple[str, ...]]:
    """The requirements of each `pip install` in one line of text (options and comments dropped)."""
    found = []
    for match in PIP_INSTALL.finditer(text):
        args = shlex.split(match.group(1).strip().rstrip("\\"), comments=True)
        ends = [i for i, a in enumerate(args) if a in SHELL_OPERATORS] + [len(args)]
        found.append(tuple(a for a in args[: ends[0]] if not a.startswith("-")))
    return found


def install_lines() -> list[Line]:
    return [
        Line(f"{path.relative_to(REPO)}:{number}", found)
        for path in sources()
        for number, text in enumerate(_text(path).splitlines(), 1)
        for found in requirements(text)
    ]


def release_tag() -> str:
    version = re.search(r'"(.+)"', (REPO / "sdk" / "src" / "tensorcost" / "_version.py").read_text())
    assert version
    return f"v{version.group(1)}"


def repository_url() -> str:
    urls = {
        tomllib.loads((REPO / d / "pyproject.toml").read_text())["project"]["urls"]["Source"]
        for d in FIRST_PARTY.values()
    }
    assert len(urls) == 1, urls
    return urls.pop()


def extras() -> dict[str, set[str]]:
    result = {}
    for name, folder in FIRST_PARTY.items():
        project = tomllib.loads((REPO / folder / "pyproject.toml").read_text())["project"]
        assert project["name"] == name
        result[name] = set(project.get("optional-dependencies", {}))
    return result


def check_git(requirement: str) -> str:
    """Assert a git requirement's form; return the same install from the checkout (`./sdk[cli]`)."""
    m = GIT.fullmatch(requirement)
    assert m, f"{requirement!r} is not NAME[EXTRAS] @ git+URL@TAG#subdirectory=DIR"
    name, folder = m["name"], m["subdirectory"]
    assert FIRST_PARTY.get(name) == folder, f"{requirement!r}: {name} lives in {FIRST_PARTY.get(name)}/"
    assert m["url"] == repository_url(), f"{requirement!r}: the repository is {repository_url()}"
    assert m["ref"] == release_tag(), f"{requirement!r}: pin the release tag {release_tag()}"
    wanted = set((m["extras"] or "").split(",")) - {""}
    assert wanted <= extras()[name], f"{requirement!r}: {name} has no extra {wanted - extras()[name]}"
    return f"./{folder}[{m['extras']}]" if m["extras"] else f"./{folder}"


def kind(requirement: str) -> str:
    """'git', 'local' (a path or a wheel of this repository) or 'tool' (a pinned third-party tool)."""
    if " @ git+" in requirement:
        return "git"
    if LOCAL.fullmatch(requirement):
        return "local"
    name = re.split(r"[\[=<>!~ ]", requirement, maxsplit=1)[0].lower().replace("_", "-")
    assert name not in FIRST_PARTY, (
        f"{requirement!r} resolves against the public index: say where it comes from"
    )
    assert PINNED.fullmatch(requirement), f"{requirement!r}: a third-party tool is pinned with =="
    return "tool"
