"""Test your TensorCost code against the reference mock server (`pip install './sdk[testing]' ./mock_server`).

With pytest, the `tensorcost_mock` fixture (from this package's plugin, loaded automatically)
yields a running `MockServer` with a ready client:

    def test_report(tensorcost_mock):
        summary = tensorcost_mock.client.cost.get_summary()
        tensorcost_mock.faults.inject("cost_get_summary", "503")

Without pytest, use `MockServer` as a context manager.
"""

from ._server import DEFAULT_EMAIL, MockClock, MockControlError, MockFaults, MockServer
from ._transport import AsyncASGITransport, SyncASGITransport

__all__ = [
    "DEFAULT_EMAIL",
    "AsyncASGITransport",
    "MockClock",
    "MockControlError",
    "MockFaults",
    "MockServer",
    "SyncASGITransport",
]
