"""pytest plugin (entry point `tensorcost`): the `tensorcost_mock` fixture.

    def test_summary(tensorcost_mock):
        assert tensorcost_mock.client.cost.get_summary().currency == "USD"

    @pytest.mark.tensorcost_mock(seed=7, now="2026-11-26T12:00:00Z", freeze_clock=True, mode="port")
    def test_on_a_port(tensorcost_mock):
        subprocess.run(["my-report", "--base-url", tensorcost_mock.base_url], check=True)

Each test gets a fresh mock (its own data, clock, faults and rate limits). It runs in-process
by default; `mode="port"` (marker, `--tensorcost-mock-mode=port` or the ini option
`tensorcost_mock_mode`) serves it on a free 127.0.0.1 port instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ._server import MockServer

_MODES = ("asgi", "port")
_MARKER = (
    "tensorcost_mock(mode='asgi'|'port', seed=42, now=None, freeze_clock=False, rate_limit=None, strict=True): "
    "settings of the tensorcost_mock fixture for this test"
)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("tensorcost", "TensorCost mock server")
    group.addoption(
        "--tensorcost-mock-mode",
        choices=_MODES,
        default=None,
        help="run the tensorcost_mock fixture in-process (asgi, default) or on a free 127.0.0.1 port",
    )
    parser.addini(
        "tensorcost_mock_mode",
        "asgi (default) or port: where the tensorcost_mock fixture runs",
        default="asgi",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", _MARKER)


def _mode(config: pytest.Config, settings: dict[str, Any]) -> str:
    mode = (
        settings.pop("mode", None)
        or config.getoption("--tensorcost-mock-mode")
        or config.getini("tensorcost_mock_mode")
    )
    if mode not in _MODES:
        raise pytest.UsageError(f"tensorcost_mock mode must be one of {', '.join(_MODES)}, not {mode!r}")
    return str(mode)


@pytest.fixture
def tensorcost_mock(request: pytest.FixtureRequest) -> Iterator[MockServer]:
    """A running reference mock server with `.client` (a logged-in `TensorCost`), `.async_client()`,
    `.base_url`, and controls: `.seed(n)`, `.reset()`, `.clock`, `.faults`, `.token()`."""
    from ._server import MockServer

    marker = request.node.get_closest_marker("tensorcost_mock")
    settings: dict[str, Any] = dict(marker.kwargs) if marker else {}
    mode = _mode(request.config, settings)
    with MockServer(mode="port" if mode == "port" else "asgi", **settings) as server:
        yield server
