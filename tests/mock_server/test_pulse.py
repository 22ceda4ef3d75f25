"""The world's pulse, over a real socket: with the clock running, a rule's window closes in real
time and its webhook goes out although no request came in (the server stops by PID)."""

from __future__ import annotations

import json
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from mock_helpers import serve_mock

EMAIL = "ana.ruiz@acme-ai.com"
#: Starts the mock with extra flags, returns its base URL.
Start = Callable[..., str]


@pytest.fixture
def received() -> Iterator[tuple[int, list[dict[str, object]]]]:
    """A webhook receiver on 127.0.0.1 in a thread: its port and the events it got."""
    events: list[dict[str, object]] = []

    class Receive(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            events.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:  # quiet
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Receive)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd.server_address[1], events
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture
def serve() -> Iterator[Start]:
    """Start ``tensorcost-mock`` with extra flags; every server started is stopped by its PID."""
    with tempfile.TemporaryFile() as log, ExitStack() as servers:
        yield lambda *flags: servers.enter_context(serve_mock(*flags, log=log))


def _arm(base: str, port: int) -> str:
    """A webhook channel to the receiver and a daily spend rule; returns the rule's id."""
    with httpx.Client(base_url=base, timeout=10) as c:
        token = c.get("/_mock/token", params={"email": EMAIL}).json()["access_token"]
        auth = {"Authorization": f"Bearer {token}"}
        channel = {
            "name": "Local alert sink",
            "config": {
                "type": "webhook",
                "url": f"https://127.0.0.1:{port}/hooks",
                "signing_secret": "whsec_" + "k" * 32,
                "event_types": ["alert.triggered"],
            },
        }
        assert c.post("/v1/notification/channels", json=channel, headers=auth).status_code == 201
        rule = {
            "name": "Bedrock spend of support-copilot over 1 USD a day",
            "metric": "daily_spend",
            "scope": {"source": "bedrock", "application": "support-copilot"},
            "condition": {
                "operator": "gt",
                "threshold": {"amount": "1.00", "currency": "USD"},
                "window_minutes": 1440,
            },
            "severity": "warning",
        }
        r = c.post("/v1/alert/rules", json=rule, headers=auth)
        assert r.status_code == 201, r.text
        # Two seconds before the day's window closes, and the clock runs from there.
        moved = c.post("/_mock/clock", json={"now": "2026-11-26T23:59:58Z", "frozen": False})
        assert moved.status_code == 200
        return str(r.json()["data"]["id"])


def _of(rule_id: str, events: list[dict[str, object]]) -> list[dict[str, Any]]:
    """The events' data of alerts of ``rule_id`` (seeded rules fire on the same channel)."""
    return [e["data"] for e in events if isinstance(e["data"], dict) and e["data"]["rule_id"] == rule_id]


def _wait_for(rule_id: str, events: list[dict[str, object]], seconds: float) -> list[dict[str, Any]]:
    deadline = time.monotonic() + seconds
    while not _of(rule_id, events) and time.monotonic() < deadline:
        time.sleep(0.05)
    return _of(rule_id, events)


def test_the_pulse_sends_a_webhook_when_a_window_closes_in_real_time(
    serve: Start,
    received: tuple[int, list[dict[str, object]]],
) -> None:
    port, events = received
    base = serve("--now", "2026-11-26T12:00:00Z", "--freeze-clock", "--allow-webhook-port", str(port),
                 "--pulse", "0.2")  # fmt: skip
    rule_id = _arm(base, port)
    assert not _of(rule_id, events)  # its window has not closed at 23:59:58
    [data] = _wait_for(rule_id, events, 15)  # no request is made while waiting
    assert data["triggered_at"] == "2026-11-27T00:00:00Z"


def test_without_a_pulse_the_world_waits_for_a_request(
    serve: Start,
    received: tuple[int, list[dict[str, object]]],
) -> None:
    port, events = received
    base = serve("--now", "2026-11-26T12:00:00Z", "--freeze-clock", "--allow-webhook-port", str(port),
                 "--pulse", "0")  # fmt: skip
    rule_id = _arm(base, port)
    time.sleep(3)  # the window closed meanwhile
    assert not _of(rule_id, events)
    with httpx.Client(base_url=base, timeout=10) as c:
        token = c.get("/_mock/token", params={"email": EMAIL}).json()["access_token"]
        c.get("/v1/alert/rules", headers={"Authorization": f"Bearer {token}"})  # any request of the tenant
    [data] = _wait_for(rule_id, events, 10)
    assert data["triggered_at"] == "2026-11-27T00:00:00Z"
