"""Generate the sync request loop from the async one, as httpcore's `scripts/unasync.py` does.

    python tools/unasync/unasync.py           write each sync twin
    python tools/unasync/unasync.py --check   exit 1 (with a diff) when a sync twin is stale

The async file is the source: each line goes through `SUBS` (whole words only), the module
docstring is replaced by a "generated, do not edit" one, and the result is put through ruff
(import sorting, unused imports, formatting), since shorter names can change how lines wrap.
Every substitution must be used at least once, so the list cannot rot. `nox -s codegen` writes,
`nox -s codegen_check` checks.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SDK = ROOT / "sdk" / "src" / "tensorcost"
# (async source, generated sync twin)
FILES = [(SDK / "_runner_async.py", SDK / "_runner_sync.py")]
SUBS = [
    ("AsyncHTTPRunner", "HTTPRunner"),
    ("AsyncRunner", "SyncRunner"),
    ("AsyncPage", "SyncPage"),
    (r"httpx\.AsyncClient", "httpx.Client"),
    ("async_sleep", "sync_sleep"),
    (r"Awaitable\[None\]", "None"),
    ("async def", "def"),
    ("async for", "for"),
    ("await", ""),
    ("aread", "read"),
    ("aclose", "close"),
    ("aiter_bytes", "iter_bytes"),
]
# Whole words: `await ` loses its space too; `aread` matches `response.aread` but not `bread`.
COMPILED = [
    (re.compile(rf"(?<!\w){pattern}(?!\w)" + (" ?" if not repl else "")), repl) for pattern, repl in SUBS
]


def _ruff() -> list[str]:
    exe = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    return [exe] if exe else [sys.executable, "-m", "ruff"]


def _through_ruff(text: str, path: Path) -> str:
    """`text` as the repository's ruff configuration leaves a file at `path`."""
    name = str(path.relative_to(ROOT))
    for args in (
        ["check", "--fix", "--exit-zero", "--quiet", "--select", "I,F401", "--stdin-filename", name, "-"],
        ["format", "--quiet", "--stdin-filename", name, "-"],
    ):
        proc = subprocess.run(
            [*_ruff(), *args], input=text, capture_output=True, text=True, cwd=ROOT, check=False
        )
        if proc.returncode != 0:
            sys.exit(f"ruff {args[0]} failed on the generated {name}:\n{proc.stderr}")
        text = proc.stdout
    return text


def convert(text: str, used: set[int] | None = None) -> str:
    """`text` with every substitution applied, line by line; `used` collects their indexes."""
    lines = []
    for line in text.splitlines(keepends=True):
        for index, (regex, repl) in enumerate(COMPILED):
            line, count = regex.subn(repl, line)
            if count and used is not None:
                used.add(index)
        lines.append(line)
    return "".join(lines)


def unasync(source: Path, target: Path, used: set[int]) -> str:
    """The sync twin of `source`."""
    text = source.read_text(encoding="utf-8")
    tree = ast.parse(text)
    first = tree.body[0] if tree.body else None
    if not (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)):
        sys.exit(f"{source.name} must start with a module docstring")
    body = "".join(text.splitlines(keepends=True)[first.end_lineno or 0 :])
    header = (
        f'"""The sync twin of `{source.name}`, GENERATED from it by tools/unasync/unasync.py: do not\n'
        f'edit; change `{source.name}` and run `nox -s codegen`."""\n'
    )
    return _through_ruff(header + convert(body, used), target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when a sync twin is stale")
    args = parser.parse_args(argv)
    used: set[int] = set()
    stale = []
    for source, target in FILES:
        fresh = unasync(source, target, used)
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if args.check:
            if fresh != current:
                stale.append(target)
                sys.stdout.writelines(
                    difflib.unified_diff(
                        current.splitlines(keepends=True),
                        fresh.splitlines(keepends=True),
                        f"{target.name} (committed)",
                        f"{target.name} (from {source.name})",
                    )
                )
        elif fresh != current:
            target.write_text(fresh, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
    unused = [SUBS[i] for i in range(len(SUBS)) if i not in used]
    if unused:
        print(f"substitutions no source uses (remove them): {unused}")
        return 1
    if stale:
        print(f"stale: {', '.join(str(t.relative_to(ROOT)) for t in stale)}; run `nox -s codegen`")
        return 1
    if args.check:
        print("the sync twins match their async sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
