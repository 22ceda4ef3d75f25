"""Every `pip install` line of the READMEs, docs/, the notebook and the CI examples installs this
project's code (docs/install.md): each is resolved with `pip install --dry-run --ignore-installed`
as on a fresh machine, and a git line, which needs a host the tests cannot reach, is checked for
its form and pinned tag while the same install is resolved from the checkout."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from .conftest import REPO
from .install_lines import FIRST_PARTY, GIT, Line, check_git, install_lines, kind, release_tag, repository_url

LINES = install_lines()


def _local_equivalent(requirement: str) -> str:
    match = GIT.fullmatch(requirement)
    if match:
        folder = match["subdirectory"]
        return f"./{folder}[{match['extras']}]" if match["extras"] else f"./{folder}"
    return requirement


INSTALLS = sorted({tuple(_local_equivalent(r) for r in line.requirements) for line in LINES})


def test_the_docs_and_examples_show_install_lines() -> None:
    where = {line.where.rsplit(":", 1)[0] for line in LINES}
    assert {
        "README.md",
        "docs/install.md",
        "docs/cli-gate.md",
        "examples/quickstart.ipynb",
        "examples/github-actions/cost-gate.yml",
        "examples/gitlab-ci/cost-gate.gitlab-ci.yml",
        "sdk/README.md",
        "mock_server/README.md",
    } <= where
    assert all(line.requirements for line in LINES), [line for line in LINES if not line.requirements]


@pytest.mark.parametrize("line", LINES, ids=lambda line: line.where)
def test_every_requirement_says_where_it_comes_from(line: Line) -> None:
    for requirement in line.requirements:
        if kind(requirement) == "git":
            check_git(requirement)


def test_a_bare_name_or_a_branch_is_refused() -> None:
    """The checks above fail on what the docs used to say (and on a moving git ref)."""
    for bad in ("tensorcost[cli]", "tensorcost", "tensorcost-mock>=0.1", "nox"):
        with pytest.raises(AssertionError):
            kind(bad)
    ref = "tensorcost[cli] @ git+{url}@{ref}#subdirectory=sdk"
    assert check_git(ref.format(url=repository_url(), ref=release_tag())) == "./sdk[cli]"
    for url, tag in [(repository_url(), "main"), ("https://github.com/someone/else", release_tag())]:
        with pytest.raises(AssertionError):
            check_git(ref.format(url=url, ref=tag))


def test_no_dependency_names_an_unpublished_first_party_package() -> None:
    """`tensorcost-mock` is on no index: naming it in an extra invites dependency confusion."""
    for folder in FIRST_PARTY.values():
        project = tomllib.loads((REPO / folder / "pyproject.toml").read_text())["project"]
        requirements = list(project.get("dependencies", []))
        for extra in project.get("optional-dependencies", {}).values():
            requirements += extra
        names = {
            r.split("[")[0].split(";")[0].split(">")[0].split("=")[0].split("<")[0].strip()
            for r in requirements
        }
        assert not names & set(FIRST_PARTY), f"{folder}/pyproject.toml depends on {names & set(FIRST_PARTY)}"


def _project(requirement: str) -> str | None:
    """The first-party project a path or wheel requirement installs."""
    path = requirement.removeprefix("./")
    if path.startswith(("sdk", "dist/tensorcost-")):
        return "tensorcost"
    if path.startswith(("mock_server", "dist/tensorcost_mock-")):
        return "tensorcost-mock"
    return None


def _inside(url: str, *roots: Path) -> bool:
    path = Path(unquote(urlparse(url).path)).resolve()
    return any(path == root or root in path.parents for root in roots)


@pytest.mark.parametrize("requirements", INSTALLS, ids=" ".join)
def test_each_install_resolves_to_this_projects_code(
    requirements: tuple[str, ...], built_dist: Path, tmp_path: Path
) -> None:
    args = [str(built_dist / r.removeprefix("dist/")) if r.startswith("dist/") else r for r in requirements]
    report = tmp_path / "report.json"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
         "--disable-pip-version-check", "--report", str(report), *args],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "does not provide the extra" not in proc.stderr, proc.stderr
    installs = json.loads(report.read_text())["install"]
    first_party = {
        item["metadata"]["name"]: item["download_info"]["url"]
        for item in installs
        if item["metadata"]["name"] in FIRST_PARTY
    }
    assert set(first_party) == {p for r in requirements if (p := _project(r))}, first_party
    for name, url in first_party.items():
        assert url.startswith("file://"), f"{name} would come from {url}"
        assert _inside(url, REPO, built_dist), f"{name} would come from {url}"
