"""`nox -s bench -- --shared-budget`: 8 processes x 2 threads share one tenant budget.

The mock server runs with a low budget (600 requests per minute for every tenant); every
thread calls `tenant.get_settings()` in a loop for 60 s, once with each process pacing on its
own and once with the pacing shared through a throwaway redis-server. Printed side by side:
requests answered, 429s received, achieved rate as a share of what the bucket can admit
(its full start plus its refill over the run), and the p95 wait per call. Every server is
bound to 127.0.0.1 on a free port and stopped by its PID.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

BUDGET = 600  # requests per minute
PROCESSES = 8
THREADS = 2
ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def worker(base_url: str, token: str, store: str, seconds: float) -> None:
    """One process: THREADS threads calling until the time is up; prints its counts as JSON."""
    from tensorcost import RateLimitError, RetryEvent, TensorCost

    lock = threading.Lock()
    stats: dict[str, list[float] | int] = {"answered": 0, "rate_limited": 0, "failed": 0, "waits": []}

    def on_retry(event: RetryEvent) -> None:
        if event.status_code == 429:
            with lock:
                stats["rate_limited"] += 1  # type: ignore[operator]

    tc = TensorCost(api_token=token, base_url=base_url, rate_limit_store=store or None, on_retry=on_retry)
    end = time.monotonic() + seconds

    def loop() -> None:
        while time.monotonic() < end:
            started = time.monotonic()
            try:
                tc.tenant.get_settings()
                key = "answered"
            except RateLimitError:
                key = "rate_limited"
            except Exception:
                key = "failed"
            with lock:
                stats[key] += 1  # type: ignore[operator]
                stats["waits"].append(time.monotonic() - started)  # type: ignore[union-attr]

    threads = [threading.Thread(target=loop) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    tc.close()
    print(json.dumps(stats))


def _run(base_url: str, token: str, store: str, seconds: float) -> dict[str, float]:
    workers = [
        subprocess.Popen(
            [sys.executable, __file__, "--worker", base_url, token, store, str(seconds)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    results = [json.loads(w.communicate()[0]) for w in workers]
    waits = sorted(w for r in results for w in r["waits"])
    answered = sum(r["answered"] for r in results)
    admissible = BUDGET + BUDGET * seconds / 60.0
    return {
        "answered": answered,
        "429s": sum(r["rate_limited"] for r in results),
        "failed": sum(r["failed"] for r in results),
        "share": answered / admissible,
        "p95": waits[int(0.95 * (len(waits) - 1))] if waits else 0.0,
    }


def _redis() -> tuple[subprocess.Popen[bytes], str]:
    binary = shutil.which("redis-server")
    if binary is None:
        sys.exit("the shared-budget bench needs redis-server: apt-get install redis-server")
    port = _free_port()
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    return server, f"redis://127.0.0.1:{port}/0"


def main(seconds: float) -> None:
    from tensorcost.testing import MockServer

    redis_server, store = _redis()
    rows = {}
    try:
        for name, url in (("per process", ""), ("shared (Redis)", store)):
            with MockServer(mode="port", rate_limit=BUDGET) as mock:  # a fresh, full bucket each run
                rows[name] = _run(mock.base_url, mock.token(), url, seconds)
    finally:
        redis_server.terminate()
        redis_server.wait(timeout=10)
    print(f"\n{PROCESSES} processes x {THREADS} threads, {seconds:.0f} s, budget {BUDGET}/min")
    print(f"{'':22}{'answered':>10}{'429s':>8}{'failed':>8}{'share of budget':>17}{'p95 wait/call':>15}")
    for name, r in rows.items():
        print(
            f"{name:22}{r['answered']:>10.0f}{r['429s']:>8.0f}{r['failed']:>8.0f}"
            f"{r['share']:>16.1%}{r['p95']:>13.2f} s"
        )
    print("share of budget: answered / (the full bucket at the start + its refill over the run)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        worker(sys.argv[2], sys.argv[3], sys.argv[4], float(sys.argv[5]))
    else:
        main(float(sys.argv[sys.argv.index("--seconds") + 1]) if "--seconds" in sys.argv else 60.0)
