"""SDK benchmarks, each measured side by side with its baseline in one run. Prints medians and ratios.

    python bench/sdk_bench.py [--quick]

1. `import tensorcost` vs `import httpx`, fresh interpreters (target: <= httpx + 40 ms).
2. A whole fresh process doing its first call (`import tensorcost` + `cost.get_summary()`) vs
   raw httpx doing the same request (target: <= +25 ms), and `tensorcost cost summary` cold
   (target: <= 150 ms).
3. Client CPU per call, keep-alive GETs from a loopback server: the SDK vs raw httpx plus
   `json.loads`, for small objects (target: <= 1.10x) and a 500-event page (target: <= 2.0x).
4. Peak RSS while iterating 100,000 items across pages, vs fetching one page (memory stays flat).
5. Footprint: lines of generated code and the wheel's size.

The loopback server (bench/sdk_server.py) is started here and stopped by its PID.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUICK = "--quick" in sys.argv


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server() -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "sdk_server.py"), str(port)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc, f"http://127.0.0.1:{port}"


def stop_server(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGTERM)
    proc.wait(timeout=10)


def precompile() -> None:
    """Write the SDK's bytecode, as `pip install` does (an editable checkout may have none yet)."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("tensorcost")
    assert spec is not None
    assert spec.submodule_search_locations is not None
    for location in spec.submodule_search_locations:
        compileall.compile_dir(location, quiet=1)


def import_times(runs: int) -> None:
    def wall(code: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - started

    samples: dict[str, list[float]] = {"python": [], "httpx": [], "tensorcost": []}
    for _ in range(runs):  # interleaved, so drift hits all three alike
        samples["python"].append(wall("pass"))
        samples["httpx"].append(wall("import httpx"))
        samples["tensorcost"].append(wall("import tensorcost"))
    med = {k: statistics.median(v) * 1000 for k, v in samples.items()}
    delta = med["tensorcost"] - med["httpx"]
    print(f"import (median of {runs} fresh interpreters, wall ms)")
    print(f"  python -c pass      {med['python']:7.1f}")
    print(
        f"  import httpx        {med['httpx']:7.1f}   (+{med['httpx'] - med['python']:.1f} over bare python)"
    )
    print(f"  import tensorcost   {med['tensorcost']:7.1f}   (+{delta:.1f} over httpx; target <= 40)")
    first_use = (
        "import time, tensorcost; tc = tensorcost.TensorCost(api_token='x'); t = time.perf_counter(); "
        "tc.cost; print((time.perf_counter() - t) * 1000)"
    )
    runs_first = [
        float(
            subprocess.run(
                [sys.executable, "-c", first_use], check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(5)
    ]
    print(
        f"  first sub-client use (imports its service module, no model yet): {statistics.median(runs_first):.0f} ms, once"
    )


def _wall(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env=env)
    return time.perf_counter() - started


FIRST_CALL_SDK = (
    "import sys, tensorcost; "
    "tensorcost.TensorCost(api_token='bench-token', base_url=sys.argv[1]).cost.get_summary()"
)
FIRST_CALL_RAW = (
    "import sys, json, httpx; json.loads(httpx.get(sys.argv[1] + '/v1/cost/summary', "
    "headers={'Authorization': 'Bearer bench-token', 'Accept': 'application/json'}).content)"
)


def first_call(base_url: str, runs: int) -> None:
    """Whole fresh processes, interleaved: the SDK's first call vs raw httpx, and the CLI cold."""
    env = {**os.environ, "TENSORCOST_BASE_URL": base_url, "TENSORCOST_API_TOKEN": "bench-token"}
    cli = str(Path(sys.executable).with_name("tensorcost"))
    samples: dict[str, list[float]] = {"raw": [], "sdk": [], "cli": []}
    for _ in range(runs):
        samples["raw"].append(_wall([sys.executable, "-c", FIRST_CALL_RAW, base_url], env))
        samples["sdk"].append(_wall([sys.executable, "-c", FIRST_CALL_SDK, base_url], env))
        samples["cli"].append(_wall([cli, "cost", "summary"], env))
    med = {k: statistics.median(v) * 1000 for k, v in samples.items()}
    print(f"fresh process, import + first call (median of {runs}, wall ms)")
    print(f"  raw httpx + json.loads      {med['raw']:7.1f}")
    print(
        f"  tensorcost cost.get_summary {med['sdk']:7.1f}   (+{med['sdk'] - med['raw']:.1f} ms, "
        f"{med['sdk'] / med['raw']:.2f}x; target <= +25 ms)"
    )
    print(f"  `tensorcost cost summary`   {med['cli']:7.1f}   (whole CLI process; target <= 150 ms)")


def footprint() -> None:
    """Lines under `_generated/` and the wheel's size (built here, in a temporary folder)."""
    import importlib.util
    import tempfile

    spec = importlib.util.find_spec("tensorcost._generated")
    assert spec is not None
    assert spec.origin is not None
    generated = Path(spec.origin).parent
    lines = sum(len(f.read_bytes().splitlines()) for f in generated.rglob("*.py"))
    print("footprint")
    print(f"  generated code        {lines:7d} lines in {sum(1 for _ in generated.rglob('*.py'))} files")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", out, str(HERE.parent / "sdk")],
            check=True,
            capture_output=True,
        )
        (wheel,) = Path(out).glob("*.whl")
        print(f"  wheel                 {wheel.stat().st_size / 1024:7.0f} KiB ({wheel.name})")


def cpu_per_call(base_url: str, rounds: int, calls: int) -> None:
    import httpx
    from tensorcost import TensorCost

    headers = {"Authorization": "Bearer bench-token", "Accept": "application/json"}
    raw = httpx.Client(headers=headers)
    sdk = TensorCost(api_token="bench-token", base_url=base_url)
    cases: list[tuple[str, str, Callable[[], object], int, float]] = [
        ("tenant_get_settings (303 B)", "/v1/tenant", sdk.tenant.get_settings, calls, 1.10),
        ("cost_get_summary (568 B)", "/v1/cost/summary", sdk.cost.get_summary, calls, 1.10),
        (
            "ai_list_spend (500 events)",
            "/v1/ai/spend?limit=500",
            lambda: sdk.ai.list_spend(limit=500),
            max(calls // 20, 5),
            2.0,
        ),
    ]
    print(f"client CPU per call ({rounds} paired rounds, keep-alive, loopback)")
    for label, path, sdk_call, calls, target in cases:
        url = base_url + path

        def raw_call(url: str = url) -> object:
            return json.loads(raw.get(url).content)

        for fn in (raw_call, sdk_call):  # warm up connections and caches
            for _ in range(50):
                fn()
        per_call: dict[str, list[float]] = {"raw": [], "sdk": []}
        ratios: list[float] = []
        for index in range(rounds):
            # Paired blocks, alternating which goes first, so drift on a shared machine cancels out.
            order = [("raw", raw_call), ("sdk", sdk_call)]
            block: dict[str, float] = {}
            for name, fn in order if index % 2 == 0 else order[::-1]:
                started = time.process_time()
                for _ in range(calls):
                    fn()
                block[name] = (time.process_time() - started) / calls * 1e6
                per_call[name].append(block[name])
            ratios.append(block["sdk"] / block["raw"])
        raw_us, sdk_us = statistics.median(per_call["raw"]), statistics.median(per_call["sdk"])
        print(
            f"  {label:28s} raw httpx+json.loads {raw_us:5.0f} us   SDK {sdk_us:5.0f} us   "
            f"ratio {statistics.median(ratios):.2f}x (median of paired blocks; target <= {target:.2f})"
        )
    sdk.close()
    raw.close()


PAGING_CHILD = """
import resource, sys, time
from tensorcost import TensorCost
tc = TensorCost(api_token="bench-token", base_url=sys.argv[1])
mode = sys.argv[2]
started = time.perf_counter()
if mode == "one-page":
    n = len(tc.gpu.list_instances(limit=500).data)
elif mode == "iterate":
    n = sum(1 for _ in tc.gpu.list_instances(limit=500))
else:
    n = len(list(tc.gpu.list_instances(limit=500)))
print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.perf_counter() - started)
"""


def paging_memory(base_url: str) -> None:
    print("peak RSS, 100,000 instances in pages of 500 (fresh interpreter each)")
    results = {}
    for mode in ("one-page", "iterate", "materialise"):
        out = subprocess.run(
            [sys.executable, "-c", PAGING_CHILD, base_url, mode], check=True, capture_output=True, text=True
        ).stdout.split()
        results[mode] = (int(out[0]), int(out[1]) / 1024, float(out[2]))
    for mode, (items, rss_mb, secs) in results.items():
        print(f"  {mode:12s} {items:7d} items  peak RSS {rss_mb:6.1f} MB  {secs:5.1f} s")
    growth = results["iterate"][1] - results["one-page"][1]
    print(
        f"  iterating 100k items costs {growth:+.1f} MB over one page (list() of them: "
        f"{results['materialise'][1] - results['one-page'][1]:+.1f} MB)"
    )


def main() -> None:
    precompile()
    import_times(7 if QUICK else 15)
    proc, base_url = start_server()
    try:
        first_call(base_url, runs=7 if QUICK else 15)
        cpu_per_call(base_url, rounds=10 if QUICK else 30, calls=100 if QUICK else 200)
        paging_memory(base_url)
    finally:
        stop_server(proc)
    footprint()


if __name__ == "__main__":
    main()
