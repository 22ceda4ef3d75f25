"""Every task of the monorepo. `nox` runs the full test suite (what CI runs)."""

from __future__ import annotations

import os
import shutil
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

nox.options.sessions = ["lint", "spec", "codegen_check", "typecheck", "tests", "contract"]
nox.options.error_on_missing_interpreters = True


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
    """Validate the spec: openapi-spec-validator, Spectral rules, and the spec tests."""
    session.install(SPEC_VALIDATOR, *TEST_DEPS)
    session.run("openapi-spec-validator", str(SPEC))
    _npm_ci(session)
    session.run("npx", "--no-install", "spectral", "lint", "--fail-severity=warn", str(SPEC), external=True)
    session.run("pytest", "tests/spec", *session.posargs)


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
    """Regenerate sdk/src/tensorcost/_generated from the spec (`-- --check` fails when stale)."""
    session.install(OPENAPI_PYTHON_CLIENT, RUFF)
    session.run("python", "codegen/generate.py", *session.posargs)


@nox.session
def codegen_check(session: nox.Session) -> None:
    """Fail when the committed generated code differs from what the spec generates."""
    session.install(OPENAPI_PYTHON_CLIENT, RUFF)
    session.run("python", "codegen/generate.py", "--check")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the SDK and the mock server."""
    _install_packages(session, "cli", "testing")
    session.install(MYPY, "types-PyYAML", "types-croniter==6.2.4.20261006")
    session.run("mypy", "--strict", "sdk/src/tensorcost", "mock_server/src/tensorcost_mock")


@nox.session
def tests(session: nox.Session) -> None:
    """Unit and property tests of the SDK and the mock server (in-process, respx, loopback)."""
    _install_packages(session, "cli", "notebook", "testing")
    session.install(*TEST_DEPS, *NOTEBOOK_DEPS)
    session.run(
        "pytest", "tests/sdk", "tests/mock_server", "tests/property", "tests/workflows", *session.posargs
    )


@nox.session
def contract(session: nox.Session) -> None:
    """Schemathesis and the SDK end to end against the mock server, then through Prism.

    Staging mode: `nox -s contract -- --base-url URL [--tenant-id ID] [--allow-writes]`.
    """
    _install_packages(session, "cli", "testing")
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
    """Benchmarks: SDK vs raw httpx, mock server vs Prism. Prints medians and ratios."""
    _install_packages(session)
    _npm_ci(session)
    if not shutil.which("wrk"):
        session.error("the load benchmarks need wrk: apt-get install wrk")
    session.run("python", "bench/run.py", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: start the mock server, run the SDK demo against it, stop the server."""
    _install_packages(session, "cli")
    session.run("python", "examples/demo.py", *session.posargs, env={"PYTHONUNBUFFERED": "1", **os.environ})
