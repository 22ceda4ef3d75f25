"""Smoke test over a real socket: the CLI serves on 127.0.0.1 (a free port) and stops by PID."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from typing import IO

import httpx
import pytest
from mock_helpers import ACME, PASSWORD, serve_mock


@pytest.fixture(scope="module")
def server_log() -> Iterator[IO[bytes]]:
    """What the server writes (uvicorn's log included)."""
    with tempfile.TemporaryFile() as log:
        yield log


@pytest.fixture(scope="module")
def server(server_log: IO[bytes]) -> Iterator[str]:
    env = {**os.environ, "TENSORCOST_MOCK_SEED": "7"}
    with serve_mock("--now", "2026-11-26T12:00:00Z", log=server_log, env=env) as base:
        yield base


def test_login_and_summary_over_http(server: str) -> None:
    with httpx.Client(base_url=server, timeout=5) as c:
        info = c.get("/_mock/").json()
        assert info["seed"] == 7  # from the environment
        assert info["now"].startswith("2026-11-26T12:00")
        r = c.post(
            "/v1/auth/login", json={"email": "ana.ruiz@acme-ai.com", "password": PASSWORD, "tenant_id": ACME}
        )
        assert r.status_code == 200
        token = r.json()["data"]["accessToken"]
        s = c.get("/v1/cost/summary", headers={"Authorization": f"Bearer {token}"})
        assert s.status_code == 200
        assert s.headers["X-RateLimit-Limit"] == "1000"
        assert c.get("/_mock/").json()["violations"] == []


@pytest.mark.parametrize("fault", ["reset", "truncated"])
def test_dropped_connection_faults_over_http(server: str, server_log: IO[bytes], fault: str) -> None:
    server_log.seek(0, os.SEEK_END)
    logged = server_log.tell()
    with httpx.Client(base_url=server, timeout=5) as c:
        token = c.get("/_mock/token").json()["access_token"]
        assert (
            c.post("/_mock/faults", json={"operation_id": "cost_get_summary", "fault": fault}).status_code
            == 201
        )
        with pytest.raises(httpx.TransportError):
            c.get("/v1/cost/summary", headers={"Authorization": f"Bearer {token}"})
    with httpx.Client(base_url=server, timeout=5) as c:
        assert c.get("/v1/cost/summary", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    # the drop is deliberate: uvicorn sees a closed connection, not an app error
    server_log.seek(logged)
    assert "ASGI callable" not in server_log.read().decode(errors="replace")
