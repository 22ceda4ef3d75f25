"""Throughput and latency of tensorcost-mock under wrk (loopback only, bounded time).

    python bench/mock_load.py [--connections 50] [--seconds 5] [--base-url URL --token T]

Without --base-url it starts `python -m tensorcost_mock` on a free 127.0.0.1 port (rate limit
lifted, strict mode on, request validation on) and stops it by PID afterwards. It measures a GET
by id (of the first instance the list answers, looked up at start) and two filtered lists, and
prints requests/s, p50 and p99 for each, so that bench/run.py or a person can compare them with
Prism on the same spec. With `taskset` and two CPUs, the server it starts runs on one and wrk on
the other (bench/run.py pins Prism the same way). Needs `wrk` (Debian package `wrk`).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

#: ``{id}`` is the first instance of ``LIST_FOR_ID``'s answer, looked up at start (the seeded fleet changes).
TARGETS = {
    "get by id": "/v1/gpu/instances/{id}",
    "filtered list": "/v1/gpu/instances?state=running&region=us-east-1&limit=50",
    # the list that issue 11 measured: 20 records validated, filtered and paged per answer
    "list of 20": "/v1/gpu/instances?state=running&limit=20",
}


LIST_FOR_ID = "/v1/gpu/instances?limit=1"


def resolve_targets(listing: dict[str, Any]) -> dict[str, str]:
    """TARGETS with ``{id}`` filled in from the answer to ``GET LIST_FOR_ID``."""
    try:
        ident = str(listing["data"][0]["id"])
    except (KeyError, IndexError, TypeError):
        raise SystemExit(f"GET {LIST_FOR_ID} listed no instance to fetch by id: {listing!r:.300}") from None
    return {name: path.replace("{id}", ident) for name, path in TARGETS.items()}


def cores() -> tuple[int, int] | None:
    """(the server's CPU, wrk's CPU) when the two can be pinned apart (``taskset``, two CPUs)."""
    allowed = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if shutil.which("taskset") is None or len(allowed) < 2:
        return None
    return allowed[0], allowed[1]


def pinned(cmd: list[str], role: int) -> list[str]:
    """``cmd`` run on the server's CPU (role 0) or wrk's (role 1), when they can be pinned apart."""
    pair = cores()
    return cmd if pair is None else ["taskset", "-c", str(pair[role]), *cmd]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def mock_server() -> Iterator[str]:
    port = free_port()
    cmd = [sys.executable, "-m", "tensorcost_mock", "--host", "127.0.0.1", "--port", str(port)]
    cmd += ["--rate-limit", "100000000"]
    proc = subprocess.Popen(pinned(cmd, 0), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{base}/_mock/", timeout=1)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("the mock did not start") from None
                time.sleep(0.02)
        yield base
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)


def _ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(url: str, token: str, connections: int, seconds: int) -> dict[str, float]:
    out = subprocess.run(
        pinned(
            [
                "wrk",
                "-t2",
                f"-c{connections}",
                f"-d{seconds}s",
                "--latency",
                "-H",
                f"Authorization: Bearer {token}",
                url,
            ],
            1,
        ),
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 30,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    lat = {p: _ms(v, u) for p, v, u in re.findall(r"\s(50|99)%\s+([\d.]+)(us|ms|s)\b", out)}
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": rps,
        "p50": lat.get("50", float("nan")),
        "p99": lat.get("99", float("nan")),
        "non2xx": float(non2xx.group(1)) if non2xx else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--base-url")
    parser.add_argument("--token")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (apt-get install wrk)")
    with mock_server() if args.base_url is None else _given(args.base_url) as base:
        if not base.startswith(("http://127.", "http://localhost", "http://[::1]")):
            raise SystemExit("load goes to loopback only")
        token = args.token or httpx.get(f"{base}/_mock/token").json()["access_token"]
        listing = httpx.get(base + LIST_FOR_ID, headers={"Authorization": f"Bearer {token}"}, timeout=10)
        targets = resolve_targets(listing.json())
        print(f"get by id: {targets['get by id']} (the first instance {LIST_FOR_ID} lists)")
        pair = cores()
        print(
            f"server on CPU {pair[0]}, wrk on CPU {pair[1]} (taskset)" if pair else "not pinned (no taskset)"
        )
        for name, path in targets.items():
            run_wrk(base + path, token, args.connections, 1)  # warm-up of each target, not reported
            r = run_wrk(base + path, token, args.connections, args.seconds)
            print(
                f"{name:14} {r['rps']:8.0f} req/s   p50 {r['p50']:6.2f} ms   p99 {r['p99']:6.2f} ms"
                f"   non-2xx {r['non2xx']:.0f}"
            )
            if r["non2xx"]:
                raise SystemExit(
                    f"{name}: {r['non2xx']:.0f} answers were not 2xx; a benchmark of errors means nothing"
                )


@contextmanager
def _given(base: str) -> Iterator[str]:
    yield base.rstrip("/")


if __name__ == "__main__":
    main()
