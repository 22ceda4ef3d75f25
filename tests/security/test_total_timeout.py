"""`total_timeout` bounds a whole call: a server that trickles bytes or answers 429 forever cannot
hold it for minutes (the per-phase `timeout` restarts with every byte and every retry)."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import respx
from tensorcost import APITimeoutError, AsyncTensorCost, TensorCost

from .test_rate_limit_pacing import TENANT

BODY = json.dumps(TENANT).encode()


@pytest.fixture
def trickler() -> Iterator[str]:
    """A loopback HTTP server that sends the headers, then one body byte every 0.1 s."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                conn.recv(65536)
                head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(BODY)}\r\n\r\n"
                try:
                    conn.sendall(head.encode())
                    for byte in BODY:
                        if stop.is_set():
                            return
                        conn.sendall(bytes([byte]))
                        time.sleep(0.1)
                except OSError:
                    continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join(timeout=2)
    listener.close()


def test_a_trickling_body_is_cut_off_at_the_total_timeout(trickler: str) -> None:
    with TensorCost(api_token="tok", base_url=trickler, timeout=5, total_timeout=1.0, max_retries=0) as tc:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="total_timeout=1 s"):
            tc.tenant.get_settings()
    assert time.monotonic() - started < 4  # the body alone takes ~27 s at this pace (slack: a loaded CI box)


@pytest.mark.asyncio
async def test_async_a_trickling_body_is_cut_off_too(trickler: str) -> None:
    async with AsyncTensorCost(
        api_token="tok", base_url=trickler, timeout=5, total_timeout=1.0, max_retries=0
    ) as tc:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await tc.tenant.get_settings()
    assert time.monotonic() - started < 4


def test_endless_429s_end_at_the_total_timeout() -> None:
    with respx.mock(base_url="http://api.test") as router:
        route = router.get("/v1/tenant").respond(
            429, headers={"Retry-After": "1"}, json={"success": False, "error": "x"}
        )
        with TensorCost(api_token="tok", base_url="http://api.test", max_retries=50, total_timeout=2.5) as tc:
            started = time.monotonic()
            with pytest.raises(APITimeoutError, match="retry"):
                tc.tenant.get_settings()
    assert time.monotonic() - started < 2.6
    assert 2 <= route.call_count <= 3


def test_a_call_within_the_total_timeout_is_unchanged() -> None:
    with respx.mock(base_url="http://api.test") as router:
        router.get("/v1/tenant").respond(200, json=TENANT)
        with TensorCost(api_token="tok", base_url="http://api.test").with_options(total_timeout=5) as tc:
            assert tc.tenant.get_settings().name == "Acme AI"
            raw = tc.tenant.with_raw_response.get_settings()
    assert raw.status_code == 200
    assert raw.parse().name == "Acme AI"
    assert raw.elapsed >= 0


def test_a_non_positive_total_timeout_is_refused() -> None:
    with pytest.raises(ValueError, match="total_timeout"):
        TensorCost(api_token="tok", base_url="http://api.test", total_timeout=0)


def test_a_trickling_download_is_cut_off_and_leaves_no_file(trickler: str, tmp_path: Path) -> None:
    out = tmp_path / "out"  # a directory of its own (tmp_path also holds the isolated user's)
    out.mkdir()
    target = out / "cost.csv"
    with TensorCost(api_token="tok", base_url=trickler, timeout=5, total_timeout=1.0, max_retries=0) as tc:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            tc.report.export("cost", format="csv", to=target)
    assert time.monotonic() - started < 4
    assert list(out.iterdir()) == [], "the temporary file is removed"


@pytest.mark.asyncio
async def test_async_a_trickling_download_is_cut_off_too(trickler: str) -> None:
    async with AsyncTensorCost(
        api_token="tok", base_url=trickler, timeout=5, total_timeout=1.0, max_retries=0
    ) as tc:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await tc.report.export("cost", format="csv")
    assert time.monotonic() - started < 4
