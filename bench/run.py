"""Every benchmark, each side by side with its baseline in one run (`nox -s bench`).

1. SDK vs raw httpx: import time, client CPU per call, memory while paging (bench/sdk_bench.py).
2. tensorcost-mock startup and RSS (bench/mock_startup.py).
3. tensorcost-mock vs Prism 5 (npm, pinned) under the same wrk load on the same spec
   (bench/mock_load.py against each), printed as ratios.

`--mock-only` skips 1. Prism answers every request from the spec's static example: it filters
nothing, validates no response and keeps no state, so the ratios are the mock's full work
against an echo of the spec (the printout says so).

Every server is bound to 127.0.0.1 on a free port and stopped by its PID.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from mock_load import pinned  # bench/ is this script's folder, so on sys.path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
LINE = re.compile(
    r"^(?P<name>.+?)\s+(?P<rps>[\d.]+) req/s\s+p50\s+(?P<p50>[\d.]+) ms\s+p99\s+(?P<p99>[\d.]+) ms"
)


def _run(*args: str) -> str:
    print(f"$ {' '.join(args)}", flush=True)
    out = subprocess.run([sys.executable, *args], check=True, capture_output=True, text=True, cwd=ROOT).stdout
    print(out, flush=True)
    return out


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _load(output: str) -> dict[str, dict[str, float]]:
    rows = {}
    for line in output.splitlines():
        match = LINE.match(line.strip())
        if match:
            rows[match["name"].strip()] = {k: float(match[k]) for k in ("rps", "p50", "p99")}
    return rows


def _prism_load() -> str:
    """Start `prism mock` on the spec, wait for it, put the same wrk load on it, stop it by PID."""
    port = _free_port()
    prism = ROOT / "node_modules" / ".bin" / "prism"
    spec = ROOT / "openapi" / "tensorcost.yaml"
    started = time.perf_counter()
    process = subprocess.Popen(
        pinned([str(prism), "mock", str(spec), "--host", "127.0.0.1", "--port", str(port)], 0),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/v1/tenant", headers={"Authorization": "Bearer x"}, timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise SystemExit("prism did not start") from None
                time.sleep(0.1)
        print(f"prism startup to first served request: {time.perf_counter() - started:.2f} s", flush=True)
        return _run(str(BENCH / "mock_load.py"), "--base-url", base, "--token", "any-token-prism-accepts-it")
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)


def main() -> None:
    quick = "--quick" in sys.argv
    if "--mock-only" not in sys.argv:
        _run(str(BENCH / "sdk_bench.py"), *(["--quick"] if quick else []))
    _run(str(BENCH / "mock_startup.py"), "--runs", "3")
    ours = _load(_run(str(BENCH / "mock_load.py")))
    prism = _load(_prism_load())
    print("tensorcost-mock vs Prism (same spec, same wrk load, 50 connections):")
    print("  (Prism answers each from the spec's static example: no filtering, no state, no strict check)")
    for name, mine in ours.items():
        theirs = prism.get(name)
        if theirs:
            print(
                f"  {name:14} throughput {mine['rps'] / theirs['rps']:5.1f}x Prism's"
                f"   p99 {mine['p99'] / theirs['p99']:6.3f} of Prism's"
            )


if __name__ == "__main__":
    main()
