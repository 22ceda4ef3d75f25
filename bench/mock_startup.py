"""Startup of tensorcost-mock with the full spec: time to the first served API request, and RSS.

    python bench/mock_startup.py [--runs 3] [--requests 2000]

Starts `python -m tensorcost_mock` on a free loopback port, polls until POST /v1/auth/login
answers, prints the time since the process started, then sends --requests GETs (keep-alive,
rate limit lifted, each must answer 200) and prints the RSS after them. Every server is stopped
by PID.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import time

import httpx

LOGIN = {
    "email": "ana.ruiz@acme-ai.com",
    "password": "correct-horse-battery-staple",
    "tenant_id": "3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01",
}


#: The rate limit lifted: the requests after the first must be served, not refused with 429.
LIFTED = ("--rate-limit", "100000000")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def one_run(requests: int) -> tuple[float, float, float]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tensorcost_mock", "--host", "127.0.0.1", "--port", str(port), *LIFTED],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with httpx.Client(base_url=base, timeout=5) as client:
            while True:
                try:
                    r = client.post("/v1/auth/login", json=LOGIN)
                    break
                except httpx.TransportError:
                    if proc.poll() is not None or time.perf_counter() - started > 30:
                        raise SystemExit("the mock did not start") from None
                    time.sleep(0.005)
            first = time.perf_counter() - started
            assert r.status_code == 200, r.text
            rss_first = rss_mb(proc.pid)
            headers = {"Authorization": f"Bearer {r.json()['data']['accessToken']}"}
            for i in range(requests):
                path = "/v1/cost/summary" if i % 2 else "/v1/gpu/instances?limit=50"
                served = client.get(path, headers=headers)
                if served.status_code != 200:
                    raise SystemExit(f"GET {path} answered {served.status_code}: {served.text[:300]}")
            return first, rss_first, rss_mb(proc.pid)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    results = [one_run(args.requests) for _ in range(args.runs)]
    firsts = [r[0] for r in results]
    print(
        f"startup to first served request: median {statistics.median(firsts):.3f} s (runs: "
        + ", ".join(f"{f:.3f}" for f in firsts)
        + ")"
    )
    print(f"RSS after first request: {statistics.median(r[1] for r in results):.1f} MB")
    print(f"RSS after {args.requests} more requests: {statistics.median(r[2] for r in results):.1f} MB")


if __name__ == "__main__":
    main()
