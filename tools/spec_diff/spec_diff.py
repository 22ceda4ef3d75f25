"""Fail on a breaking spec change unless the major version is bumped and the change is listed.

Compares the spec with the last released one (the highest version in `openapi/released/`)
through Optic's breaking-changes rules (`optic_breaking.cjs`, pinned in `package.json` here),
then applies the project's policy:

- A value added to a response enum marked `x-extensible-enum: true` is not breaking (the spec
  promises clients must accept unknown values there); Optic flags every response enum addition.
- A removed operation is one change (Optic also reports each of its answers and fields).
- Any other breaking change needs `info.version`'s major bumped AND a line in
  `openapi/CHANGELOG.md` under the new version's heading (`## [2.0.0] - 2026-12-05`):

      - [<Optic rule>] <METHOD> <path>: <what changed, free text>

  e.g. `- [prevent operation removal] GET /v1/cost/legacy: removed, use GET /v1/cost/summary`.
  One line per rule and operation covers every finding of that rule on that operation.

Usage: python tools/spec_diff/spec_diff.py [--old FILE] [--new FILE] [--changelog FILE]
Exit 0 when the change is allowed, 1 when not, 2 when the diff itself failed.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OPTIC_SCRIPT = HERE / "optic_breaking.cjs"
SPEC = ROOT / "openapi" / "tensorcost.yaml"
RELEASED = ROOT / "openapi" / "released"
CHANGELOG = ROOT / "openapi" / "CHANGELOG.md"

SEMVER = re.compile(
    r"^(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$"
)
ENTRY = re.compile(r"^\s*[-*]\s+\[(?P<rule>[^\]]+)\]\s+(?P<method>[A-Z]+)\s+(?P<path>/[^\s:]*)")
HEADING = re.compile(r"^##\s+\[?(?P<version>[^\]\s]+)\]?")
ENUM_RULE = "request and response property enums"
OPERATION_REMOVED = "prevent operation removal"


class SpecDiffError(Exception):
    """The diff could not be computed (a spec does not parse, node or Optic is missing)."""


@dataclass(frozen=True)
class Finding:
    """One breaking change as Optic reports it."""

    rule: str
    message: str
    method: str
    path: str
    where: str
    extensible: bool

    @property
    def key(self) -> str:
        """What a changelog line must name: the rule and the operation."""
        return f"[{self.rule}] {self.method} {self.path}"

    def changelog_line(self) -> str:
        text = self.message.removesuffix(" This is a breaking change.").rstrip(".")
        return f"- {self.key}: {text}"


def semver(version: str) -> tuple[int, int, int]:
    match = SEMVER.match(version)
    if not match:
        raise SpecDiffError(f"info.version {version!r} is not semantic versioning (MAJOR.MINOR.PATCH)")
    return int(match["major"]), int(match["minor"]), int(match["patch"])


def spec_version(path: Path) -> str:
    document: Any = yaml.safe_load(path.read_text())
    try:
        return str(document["info"]["version"])
    except (TypeError, KeyError) as exc:
        raise SpecDiffError(f"{path} has no info.version") from exc


def latest_released(directory: Path = RELEASED) -> Path:
    """The released spec with the highest version (files are named `<version>.yaml`)."""
    released = [p for p in directory.glob("*.yaml") if SEMVER.match(p.stem)]
    if not released:
        raise SpecDiffError(f"no released spec (<version>.yaml) in {directory}")
    return max(released, key=lambda p: semver(p.stem))


def run_optic(old: Path, new: Path) -> tuple[int, list[Finding]]:
    """Optic's breaking-changes findings between two specs: (number of changes, findings)."""
    node = shutil.which("node")
    if node is None:
        raise SpecDiffError("node is not installed (Node 20+)")
    if not (HERE / "node_modules").is_dir():
        raise SpecDiffError(f"Optic is not installed: npm ci --prefix {HERE.relative_to(ROOT)}")
    done = subprocess.run(
        [node, str(OPTIC_SCRIPT), str(old), str(new)], capture_output=True, text=True, cwd=HERE, check=False
    )
    if done.returncode != 0:
        raise SpecDiffError(f"optic_breaking.cjs failed:\n{done.stderr.strip()}")
    report = json.loads(done.stdout)
    return int(report["changes"]), [
        Finding(
            rule=f["rule"],
            message=f["message"],
            method=f["method"],
            path=f["path"],
            where=f["where"],
            extensible=bool(f["extensible"]),
        )
        for f in report["breaking"]
    ]


def apply_policy(findings: list[Finding]) -> list[Finding]:
    """The project's view of Optic's findings (see the module docstring), one per key."""
    kept = [
        f
        for f in findings
        if not (f.rule == ENUM_RULE and f.extensible and f.message.startswith("cannot add enum option"))
    ]
    removed_ops = {(f.method, f.path) for f in kept if f.rule == OPERATION_REMOVED}
    kept = [f for f in kept if f.rule == OPERATION_REMOVED or (f.method, f.path) not in removed_ops]
    unique: dict[str, Finding] = {}
    for finding in kept:
        unique.setdefault(finding.key, finding)
    return sorted(unique.values(), key=lambda f: (f.path, f.method, f.rule))


def changelog_entries(text: str, version: str) -> set[str]:
    """The keys listed under `## [version]` (or `## version`) in a changelog."""
    entries: set[str] = set()
    in_section = False
    for line in text.splitlines():
        heading = HEADING.match(line)
        if heading:
            in_section = heading["version"] == version
            continue
        entry = ENTRY.match(line) if in_section else None
        if entry:
            entries.add(f"[{entry['rule']}] {entry['method']} {entry['path']}")
    return entries


def problems(old_version: str, new_version: str, breaking: list[Finding], changelog: str) -> list[str]:
    """Why the change may not ship; empty when it may."""
    old, new = semver(old_version), semver(new_version)
    found: list[str] = []
    if new < old:
        found.append(f"info.version {new_version} is lower than the released {old_version}")
    if not breaking:
        return found
    if new[0] <= old[0]:
        found.append(
            f"{len(breaking)} breaking change(s) need a major version: info.version is {new_version}, "
            f"released {old_version} (bump to {old[0] + 1}.0.0)"
        )
    listed = changelog_entries(changelog, new_version)
    missing = [f for f in breaking if f.key not in listed]
    if missing:
        found.append(
            f"openapi/CHANGELOG.md does not list {len(missing)} breaking change(s) under "
            f"'## [{new_version}]'; add these lines there (edit the text after the colon freely):\n"
            + "\n".join(f.changelog_line() for f in missing)
        )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, help="the released spec (default: highest in openapi/released/)")
    parser.add_argument(
        "--new", type=Path, default=SPEC, help="the spec to ship (default: openapi/tensorcost.yaml)"
    )
    parser.add_argument("--changelog", type=Path, default=CHANGELOG, help="default: openapi/CHANGELOG.md")
    args = parser.parse_args(argv)
    try:
        old = args.old or latest_released()
        old_version, new_version = spec_version(old), spec_version(args.new)
        changes, findings = run_optic(old, args.new)
        breaking = apply_policy(findings)
        changelog = args.changelog.read_text() if args.changelog.exists() else ""
        found = problems(old_version, new_version, breaking, changelog)
    except SpecDiffError as exc:
        print(f"spec_diff: {exc}", file=sys.stderr)
        return 2
    print(f"spec_diff: {old.name} ({old_version}) -> {args.new.name} ({new_version}): {changes} change(s)")
    if not breaking:
        print("no breaking change (Optic breaking-changes rules, project policy)")
    for finding in breaking:
        print(f"  breaking: {finding.key}: {finding.where}")
    for problem in found:
        print(f"FAIL: {problem}")
    if not found and breaking:
        print(f"allowed: major version bumped and every breaking change listed under '## [{new_version}]'")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
