"""Options and fixtures of the contract suite.

Local mode (default): a session fixture starts ``tensorcost-mock`` as a subprocess (strict
responses, a rate limit high enough not to interfere), logs in with the spec's own
``auth_login`` example and stops the server by its PID at the end.

Staging mode: ``--base-url URL`` points everything at a deployment. The token comes from
``TENSORCOST_API_TOKEN``; only GET and HEAD requests leave the machine unless ``--allow-writes``
(every HTTP client of the suite refuses the others); tests that need the mock's ``/_mock``
control surface (faults, clock) are skipped. Drift is classified (``drift.py``): additive drift
is reported in the terminal summary, the JUnit file and ``drift.json``, and fails the run only
with ``--strict``; breaking drift fails it.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from . import drift
from .support import (
    DRIFTS,
    RECORDER,
    ROOT,
    MockServer,
    PrismServer,
    login,
    operations,
    prism_bin,
    spec,
    spec_path,
    use_spec,
)

TOKEN_ENV = "TENSORCOST_API_TOKEN"
#: pytest's strict mode; in staging mode it also makes additive drift fail the run.
PYTEST_STRICT = "--strict"
#: The mock's access tokens live 15 minutes; log in again well before.
TOKEN_RENEWAL_SECONDS = 600


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("contract", "TensorCost contract tests")
    group.addoption(
        "--base-url",
        default=None,
        help="run against this deployment instead of a local mock server (token from TENSORCOST_API_TOKEN)",
    )
    group.addoption("--tenant-id", default=None, help="X-Active-Tenant-Id for every request")
    group.addoption(
        "--allow-writes",
        action="store_true",
        help="with --base-url: also send non-GET requests (the default is read-only: GET and HEAD only)",
    )
    group.addoption(
        "--strict-drift",
        action="store_true",
        help=f"with --base-url: additive drift (unknown values of extensible enums, unlisted fields) fails "
        f"too; pytest's own {PYTEST_STRICT} (`nox -s contract -- --strict`) does the same",
    )
    group.addoption(
        "--spec",
        default=None,
        help="check against this copy of the spec instead of openapi/tensorcost.yaml (same operations)",
    )
    group.addoption(
        "--operation",
        action="append",
        default=[],
        metavar="OPERATION_ID",
        help="limit Schemathesis and the per-operation checks to these operations (repeatable)",
    )
    group.addoption("--deep", action="store_true", help="randomised seed and many more generated examples")
    group.addoption(
        "--report-dir", default="reports", help="JUnit XML, Schemathesis and server logs (default: reports/)"
    )
    group.addoption(
        "--max-examples",
        type=int,
        default=None,
        help="Schemathesis examples per operation (default 50; 500 with --deep)",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--spec"):
        use_spec(Path(config.getoption("--spec")))
    unknown = set(config.getoption("--operation")) - set(operations())
    if unknown:
        raise pytest.UsageError(f"--operation: not operations of the spec: {sorted(unknown)}")
    # A JUnit XML report for CI systems unless the caller names one (before junitxml configures).
    if getattr(config.option, "xmlpath", None) is None and hasattr(config.option, "xmlpath"):
        report_dir = Path(config.getoption("--report-dir"))
        config.option.xmlpath = str(
            (report_dir if report_dir.is_absolute() else ROOT / report_dir) / "contract-junit.xml"
        )
    config.addinivalue_line(
        "markers", "writes: sends non-GET requests (staging mode runs it only with --allow-writes)"
    )
    config.addinivalue_line(
        "markers", "mock_only: needs the local mock server (its seeded users, its /_mock control surface)"
    )
    config.addinivalue_line(
        "markers", "direct_only(reason): not run through the Prism proxy (e.g. deliberately off-spec traffic)"
    )


def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    # The coverage gate reads what the end-to-end tests recorded, so it runs after them.
    items.sort(key=lambda item: item.path.name == "test_coverage.py")


def pytest_deselected(items: list[pytest.Item]) -> None:
    RECORDER.e2e_deselected += sum(1 for item in items if item.path.name == "test_sdk_e2e.py")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if "test_sdk_e2e.py" in report.nodeid and report.failed:
        RECORDER.e2e_failed += 1


def _strict(config: pytest.Config) -> bool:
    return bool(config.getoption("--strict-drift") or config.getini("strict"))


def _report_dir(config: pytest.Config) -> Path:
    report_dir = Path(config.getoption("--report-dir"))
    return report_dir if report_dir.is_absolute() else ROOT / report_dir


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """Every drift found, additive and breaking, with operation, JSON path and value; also drift.json."""
    found = drift.unique(DRIFTS)
    if _report_dir(config).is_dir():  # this run's drift, none included (never a stale file)
        (_report_dir(config) / "drift.json").write_text(
            json.dumps([dataclasses.asdict(d) for d in found], indent=1) + "\n"
        )
    for kind, title in (
        ("breaking", "breaking drift: the server broke the spec"),
        ("additive", "additive drift: the spec is behind the server"
         + (" (fails with --strict)" if _strict(config) else " (reported; --strict fails on it)")),
    ):  # fmt: skip
        lines = [d.line() for d in found if d.kind == kind]
        if lines:
            terminalreporter.section(f"{title}: {len(lines)}")
            for line in lines:
                terminalreporter.write_line(line)


@dataclass
class ContractOptions:
    base_url: str | None
    tenant_id: str | None
    allow_writes: bool
    deep: bool
    report_dir: Path
    max_examples: int
    seed: int
    strict: bool = False
    only: tuple[str, ...] = ()  # --operation

    @property
    def spec_path(self) -> Path:
        return spec_path()

    @property
    def staging(self) -> bool:
        return self.base_url is not None

    @property
    def read_only(self) -> bool:
        return self.staging and not self.allow_writes


@pytest.fixture(scope="session")
def options(request: pytest.FixtureRequest) -> ContractOptions:
    config = request.config
    report_dir = _report_dir(config)
    report_dir.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(report_dir / "logs", ignore_errors=True)  # server logs of this run only
    deep = bool(config.getoption("--deep"))
    max_examples = config.getoption("--max-examples") or (500 if deep else 50)
    # CI: a fixed seed, so a failure reproduces. --deep: a fresh one, printed in the report.
    seed = random.SystemRandom().randrange(1, 2**31) if deep else 20261126
    return ContractOptions(
        base_url=config.getoption("--base-url"),
        tenant_id=config.getoption("--tenant-id"),
        allow_writes=bool(config.getoption("--allow-writes")),
        deep=deep,
        report_dir=report_dir,
        max_examples=max_examples,
        seed=seed,
        strict=_strict(config),
        only=tuple(config.getoption("--operation")),
    )


@dataclass
class Target:
    """The API under test: base URL (without /v1), a bearer token, and how far we may go."""

    base_url: str
    _token: str = field(repr=False)  # never in reprs, logs or failure output
    tenant_id: str | None
    read_only: bool
    mock: MockServer | None  # the local mock server, when we started it
    _issued: float = field(default_factory=time.monotonic)

    @property
    def staging(self) -> bool:
        return self.mock is None

    @property
    def token(self) -> str:
        """The bearer token; against the local mock, renewed by logging in again before it expires."""
        if self.mock is not None and time.monotonic() - self._issued > TOKEN_RENEWAL_SECONDS:
            self._token = login(self.base_url)
            self._issued = time.monotonic()
        return self._token


def _origin(url: str) -> str:
    url = url.strip().rstrip("/")
    return url[: -len("/v1")] if url.endswith("/v1") else url


@pytest.fixture(scope="session")
def target(options: ContractOptions) -> Iterator[Target]:
    if options.staging:
        token = os.environ.get(TOKEN_ENV)
        if not token:
            pytest.fail(
                f"--base-url {options.base_url} needs an access token in {TOKEN_ENV} "
                "(e.g. export TENSORCOST_API_TOKEN=$(your secret store lookup)); none is set",
                pytrace=False,
            )
        assert options.base_url
        yield Target(_origin(options.base_url), token, options.tenant_id, options.read_only, None)
        return
    mock = MockServer(options.report_dir / "logs")
    mock.launch()
    try:
        token = login(mock.url)
        yield Target(mock.url, token, options.tenant_id, False, mock)
        # Strict mode turns a response that breaks the spec into a 500; the run must have none.
        violations = mock.violations()
        assert violations == [], f"the mock broke the spec {len(violations)} times: {violations[:5]}"
    finally:
        mock.stop()


@pytest.fixture(scope="session")
def mock_server(target: Target) -> MockServer:
    if target.mock is None:
        pytest.skip("needs the local mock server's /_mock control surface (staging mode)")
    return target.mock


def _require_prism() -> None:
    if not prism_bin().exists():
        pytest.fail(
            f"Prism is not installed at {prism_bin()}; run `npm ci` (nox -s contract does) or set PRISM_BIN",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def prism_proxy(target: Target, options: ContractOptions) -> Iterator[PrismServer]:
    """``prism proxy openapi/tensorcost.yaml <target> --errors``: the independent referee.

    In staging mode (without ``--strict``) it referees with the extensible enums opened up, so
    additive drift is reported by the drift checks instead of failing every SDK test it touches.
    """
    _require_prism()
    spec_file = None
    if target.staging and not options.strict:
        spec_file = options.report_dir / "tensorcost-tolerant.yaml"
        spec_file.write_text(yaml.safe_dump(drift.tolerant(spec()), sort_keys=False))
    server = PrismServer(options.report_dir / "logs", "proxy", upstream=target.base_url, spec_file=spec_file)
    server.launch()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def prism_mock(options: ContractOptions) -> Iterator[PrismServer]:
    """``prism mock openapi/tensorcost.yaml``: static examples (no ``-d``)."""
    _require_prism()
    server = PrismServer(options.report_dir / "logs", "mock")
    server.launch()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def _gate(request: pytest.FixtureRequest, options: ContractOptions) -> None:
    if request.node.get_closest_marker("writes") and options.read_only:
        pytest.skip("writes: staging mode is read-only unless --allow-writes")
    if request.node.get_closest_marker("mock_only") and options.staging:
        pytest.skip("needs the local mock server (seeded users, /_mock faults and clock); staging mode")
    RECORDER.current_test = request.node.nodeid


def spec_read_operations() -> list[str]:
    return [op_id for op_id, op in operations().items() if op.is_read]
