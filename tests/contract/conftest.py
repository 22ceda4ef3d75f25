"""Options and fixtures of the contract suite.

Local mode (default): a session fixture starts ``tensorcost-mock`` as a subprocess (strict
responses, a rate limit high enough not to interfere), logs in with the spec's own
``auth_login`` example and stops the server by its PID at the end.

Staging mode: ``--base-url URL`` points everything at a deployment. The token comes from
``TENSORCOST_API_TOKEN``; only GET operations run unless ``--allow-writes``; tests that need
the mock's ``/_mock`` control surface (faults, clock) are skipped.
"""

from __future__ import annotations

import os
import random
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from .support import RECORDER, ROOT, MockServer, PrismServer, login_example, operations, prism_bin

TOKEN_ENV = "TENSORCOST_API_TOKEN"
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
        help="with --base-url: also run non-GET operations (the default is read-only)",
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


@dataclass
class ContractOptions:
    base_url: str | None
    tenant_id: str | None
    allow_writes: bool
    deep: bool
    report_dir: Path
    max_examples: int
    seed: int

    @property
    def staging(self) -> bool:
        return self.base_url is not None

    @property
    def read_only(self) -> bool:
        return self.staging and not self.allow_writes


@pytest.fixture(scope="session")
def options(request: pytest.FixtureRequest) -> ContractOptions:
    config = request.config
    report_dir = Path(config.getoption("--report-dir"))
    if not report_dir.is_absolute():
        report_dir = ROOT / report_dir
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
            self._token = _login(self.base_url)
            self._issued = time.monotonic()
        return self._token


def _origin(url: str) -> str:
    url = url.strip().rstrip("/")
    return url[: -len("/v1")] if url.endswith("/v1") else url


def _login(base_url: str) -> str:
    """Log in with the spec's own ``auth_login`` request example; the access token."""
    response = httpx.post(f"{base_url}/v1/auth/login", json=login_example(), timeout=30)
    assert response.status_code == 200, (
        f"login with the spec's example failed: {response.status_code} {response.text}"
    )
    return str(response.json()["data"]["accessToken"])


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
        token = _login(mock.url)
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
    """``prism proxy openapi/tensorcost.yaml <target> --errors``: the independent referee."""
    _require_prism()
    server = PrismServer(options.report_dir / "logs", "proxy", upstream=target.base_url)
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
