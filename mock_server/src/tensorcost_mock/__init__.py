"""tensorcost-mock: a spec-driven, stateful reference server for the TensorCost API.

``create_app(...)`` builds the ASGI app (in-process with ``httpx.ASGITransport``, or on a socket
with uvicorn); ``tensorcost-mock`` / ``python -m tensorcost_mock`` serves it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__

__all__ = ["MockApp", "MockSettings", "__version__", "create_app"]

if TYPE_CHECKING:
    from .server import MockApp
    from .settings import MockSettings


def create_app(settings: MockSettings | None = None, **overrides: Any) -> MockApp:
    """The mock server as an ASGI app; keyword overrides are MockSettings fields (``seed=7``)."""
    from .server import create_app as _create_app

    return _create_app(settings, **overrides)


def __getattr__(name: str) -> Any:
    if name == "MockSettings":
        from .settings import MockSettings

        return MockSettings
    if name == "MockApp":
        from .server import MockApp

        return MockApp
    raise AttributeError(name)
