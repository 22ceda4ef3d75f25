"""Every task of the monorepo. `nox` runs the full test suite (what CI runs)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

import nox

ROOT = Path(__file__).parent
SPEC = ROOT / "openapi" / "tensorcost.yaml"

# Tools that generate or validate code are pinned exactly.
OPENAPI_PYTHON_CLIENT = "openapi-python-client==0.29.1"
RUFF = "ruff==0.17.5"
IMPORT_LINTER = "import-linter==2.16"
MYPY = "mypy==2.4.1"
SPEC_VALIDATOR = "openapi-spec-validator==0.9.0"
SCHEMATHESIS = "schemathesis==4.32.5"
# An independent generator and the regex engines a consumer of the spec uses (tests/spec).
SPEC_CONSUMERS = [
    "datamodel-code-generator==0.89.0",
    "pydantic[email]==2.14.3",
    "jsonschema-rs==0.60.3",
]
BUILD = "build==1.6.1"
TWINE = "twine==7.0.0"
TEST_DEPS = [
    "pytest==9.2.0",
    "pytest-asyncio==1.5.0",
    "respx==0.23.1",
    "hypothesis==6.170.15",
    "jsonschema==4.26.0",
    "pyyaml==6.0.3",
    "rfc3339-validator==0.1.4",
]

NOTEBOOK_DEPS = ["nbclient==0.11.0", "ipykernel", "nbformat"]

# Every Python the SDK and the mock claim (requires-python, classifiers); `tests` runs on each.
PYTHONS = ["3.11", "3.12", "3.13"]

nox.options.sessions = ["lint", "spec", "spec_diff", "codegen_check", "typecheck", "tests", "contract"]
nox.options.error_on_missing_interpreters = True


def _runs(command: str) -> bool:
    try:
        return subprocess.run([command, "-c", "pass"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def _find_pyenv_interpreters() -> None:
    """Put pyenv-installed Pythons on PATH when `pythonX.Y` alone does not run one.

    pyenv's shims answer only for the activated versions, so an installed 3.13 that is not
    `pyenv global` is invisible to nox; its own bin directory is put first for nox to find.
    """
    root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    for version in PYTHONS:
        if _runs(f"python{version}"):
            continue
        found = glob.glob(os.path.join(root, "versions", f"{version}.*", "bin", f"python{version}"))
        newest = max(found, key=_patch_level, default=None)
        if newest is not None:
            os.environ["PATH"] = os.path.dirname(newest) + os.pathsep + os.environ["PATH"]


def _patch_level(interpreter: str) -> tuple[int, ...]:
    """(3, 12, 10) for .../versions/3.12.10/bin/python3.12; a pre-release such as 3.13.0rc1 sorts first."""
    name = Path(interpreter).parents[1].name
    return tuple(int(part) if part.isdigit() else -1 for part in name.split("."))


_find_pyenv_interpreters()


def _npm_ci(session: nox.Session) -> None:
    """Install the pinned Node tools (Spectral, Redocly, Prism) from package-lock.json."""
    if not (ROOT / "node_modules" / ".package-lock.json").exists():
        session.run("npm", "ci", "--no-audit", "--no-fund", external=True)


def _install_packages(session: nox.Session, *extras: str) -> None:
    session.install("-e", "./sdk" + (f"[{','.join(extras)}]" if extras else ""), "-e", "./mock_server")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff over every hand-written Python file; the mock server's layers (import-linter)."""
    session.install(RUFF, IMPORT_LINTER)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    # Reads the mock's source statically (nothing is imported), so the package need not be installed.
    session.run(
        "lint-imports",
        "--no-cache",
        "--config",
        "mock_server/.importlinter",
        env={"PYTHONPATH": str(ROOT / "mock_server" / "src")},
    )


@nox.session
def spec(session: nox.Session) -> None:
    """Validate the spec: openapi-spec-validator, Spectral rules, and the spec tests (pydantic
    models from datamodel-code-generator against the mock, patterns in ECMA/Python/Rust)."""
    session.install(SPEC_VALIDATOR, *TEST_DEPS, *SPEC_CONSUMERS, "-e", "./mock_server")
    session.run("openapi-spec-validator", str(SPEC))
    _npm_ci(session)
    session.run("npx", "--no-install", "spectral", "lint", "--fail-severity=warn", str(SPEC), external=True)
    session.run("pytest", "tests/spec", *session.posargs)


@nox.session
def spec_diff(session: nox.Session) -> None:
    """Breaking changes since the last released spec (openapi/released/), by Optic's rules, fail
    unless info.version's major is bumped and openapi/CHANGELOG.md lists them; then its tests."""
    session.install(*TEST_DEPS)
    if not (ROOT / "tools" / "spec_diff" / "node_modules" / ".package-lock.json").exists():
        session.run("npm", "ci", "--no-audit", "--no-fund", "--prefix", "tools/spec_diff", external=True)
    session.run("python", "tools/spec_diff/spec_diff.py")
    session.run("pytest", "tests/spec_diff", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """Render browsable HTML API docs from the spec into site/ (git-ignored)."""
    _npm_ci(session)
    session.run(
        "npx",
        "--no-install",
        "redocly",
        "build-docs",
        str(SPEC),
        "--output",
        "site/index.html",
        external=True,
    )
    session.log(f"open {ROOT / 'site' / 'index.html'}")


@nox.session
def codegen(session: nox.Session) -> None:
    """Regenerate sdk/src/tensorcost/_generated from the spec (`-- --check` fails when stale),
    and the sync request loop from the async one (tools/unasync)."""
    session.install(OPENAPI_PYTHON_CLIENT, RUFF)
    session.run("python", "codegen/generate.py", *session.posargs)
    session.run("python", "tools/unasync/unasync.py", *[a for a in session.posargs if a == "--check"])


@nox.session
def codegen_check(session: nox.Session) -> None:
    """Fail when the committed generated code differs from what the spec generates, or the sync
    request loop from what its async source generates."""
    session.install(OPENAPI_PYTHON_CLIENT, RUFF)
    session.run("python", "codegen/generate.py", "--check")
    session.run("python", "tools/unasync/unasync.py", "--check")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the SDK and the mock server, and tests/typing (what must not type-check)."""
    _install_packages(session, "cli", "testing", "redis", "mcp")
    session.install(MYPY, "types-PyYAML", "types-jsonschema", "types-croniter==6.2.4.20261006")
    session.run("mypy", "--strict", "sdk/src/tensorcost", "mock_server/src/tensorcost_mock")
    session.run("mypy", "--strict", "tests/typing")


# What `tests` runs (the contract suite has its own session).
TEST_FOLDERS = ["sdk", "security", "mock_server", "property", "workflows", "tensorcost_mcp"]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Unit, property and workflow tests of the SDK and the mock server, on every supported Python."""
    _install_packages(session, "cli", "notebook", "testing", "redis", "mcp")
    session.install(*TEST_DEPS, *NOTEBOOK_DEPS, BUILD)  # build: tests/workflows/test_build.py
    # `nox -s tests -- tests/sdk/test_client.py -x` runs that file only; `-- -x` runs every folder.
    named = any(Path(arg.split("::")[0]).exists() for arg in session.posargs)
    folders = [] if named else [f"tests/{folder}" for folder in TEST_FOLDERS]
    session.run("pytest", *folders, *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """The sdist and wheel of `tensorcost` and `tensorcost-mock` into dist/, checked by twine."""
    session.install(BUILD, TWINE)
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    for package in ("sdk", "mock_server"):
        session.run("python", "-m", "build", "--outdir", str(dist), package)
    built = sorted(dist.iterdir())
    session.run("twine", "check", "--strict", *map(str, built))
    for path in built:
        session.log(f"{path.name}: {path.stat().st_size / 1024:,.0f} KiB")


@nox.session
def contract(session: nox.Session) -> None:
    """Schemathesis and the SDK end to end against the mock server, then through Prism.

    Staging mode: `nox -s contract -- --base-url URL [--tenant-id ID] [--allow-writes]`.
    """
    _install_packages(session, "cli", "testing", "mcp")
    session.install(*TEST_DEPS, SCHEMATHESIS)
    _npm_ci(session)
    session.run(
        "pytest",
        "tests/contract",
        *session.posargs,
        env={"PRISM_BIN": str(ROOT / "node_modules" / ".bin" / "prism")},
    )


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks: SDK vs raw httpx, mock server vs Prism. Prints medians and ratios.

    `-- --shared-budget`: 8 processes share one tenant budget, with and without Redis.
    `-- --sdk-only [--quick]`: only the SDK's figures (bench/sdk_bench.py).
    `-- --mock-only`: only the mock's figures (startup, RSS, vs Prism).
    """
    if "--shared-budget" in session.posargs:
        _install_packages(session, "testing", "redis")
        session.run("python", "bench/shared_budget.py", *session.posargs)
        return
    _install_packages(session, "cli")  # `tensorcost cost summary` is timed as users run it
    if "--sdk-only" in session.posargs:
        session.run("python", "bench/sdk_bench.py", *[a for a in session.posargs if a != "--sdk-only"])
        return
    _npm_ci(session)
    if not shutil.which("wrk"):
        session.error("the load benchmarks need wrk: apt-get install wrk")
    session.run("python", "bench/run.py", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: start the mock server, run the SDK demo against it, stop the server."""
    _install_packages(session, "cli")
    session.run("python", "examples/demo.py", *session.posargs, env={"PYTHONUNBUFFERED": "1", **os.environ})
