"""The demo (`nox -s demo`): start the mock server, use the SDK and the CLI against it, stop it.

Shows a cost summary, spend by source, idle GPUs, a forecast, then one cost gate that passes
and one that fails, as a CI pipeline would run them.
"""

from __future__ import annotations

import os
import shlex
import socket
import subprocess
import sys
import tempfile
import time
from decimal import Decimal

import httpx
from tensorcost import TensorCost, to_decimal

EMAIL = "ana.ruiz@acme-ai.com"  # a seeded user of the mock (see mock_server/README.md)
PASSWORD = "correct-horse-battery-staple"
TENANT = "3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01"  # Acme AI
# The CLI of the installed SDK, run with this interpreter so the demo works with or without an active venv.
TENSORCOST_CLI = [sys.executable, "-m", "tensorcost.cli"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_mock(port: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen([sys.executable, "-m", "tensorcost_mock", "serve", "--port", str(port)])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"tensorcost-mock exited with {server.returncode}")
        try:
            httpx.get(f"http://127.0.0.1:{port}/_mock/", timeout=1).raise_for_status()
            return server
        except httpx.HTTPError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("tensorcost-mock did not start within 30 s")


def heading(text: str) -> None:
    print(f"\n== {text}")


def sdk_tour(base_url: str) -> tuple[Decimal, str, Decimal]:
    """The SDK: log in, read spend, idle GPUs, the forecast and the budgets.
    Returns the forecast mean, and the name and burn (percent) of the most consumed budget."""
    with TensorCost.login(email=EMAIL, password=PASSWORD, tenant_id=TENANT, base_url=base_url) as tc:
        summary = tc.cost.get_summary()
        heading(f"Cost summary {summary.window.start:%Y-%m-%d} to {summary.window.end:%Y-%m-%d}")
        for label, money in (("effective", summary.effective_cost), ("billed", summary.billed_cost),
                             ("list", summary.list_cost), ("savings", summary.savings)):  # fmt: skip
            print(f"  {label:<10} {to_decimal(money):>12,} {money.currency}")

        heading("Spend by source")
        for item in tc.cost.get_by_source().items:
            print(f"  {item.source:<14} {to_decimal(item.effective_cost):>12,} USD  {item.share:6.1%}")

        heading("Idle GPU instances")
        for idle in tc.gpu.list_idle_instances():
            i = idle.instance
            print(f"  {i.name:<20} {i.gpu_count}x {i.gpu_type:<10} {idle.avg_activity_pct:5.1f}% busy, "
                  f"{to_decimal(idle.wasted_cost):>8,} USD wasted")  # fmt: skip

        forecast = tc.cost.get_forecast(horizon_days=30)
        total = forecast.total
        heading(f"Forecast, next {forecast.horizon_days} days")
        print(f"  {to_decimal(total.mean):,} USD (80% between {to_decimal(total.lower_bound):,} "
              f"and {to_decimal(total.upper_bound):,})")  # fmt: skip

        heading("Budgets")
        budgets = tc.cost.list_budgets()
        for b in budgets:
            print(
                f"  {b.name:<30} {b.burn_rate.pct_budget_consumed:6.2f}% of {to_decimal(b.limit):,} {b.limit.currency}"
            )
        hottest = max(budgets, key=lambda b: b.burn_rate.pct_budget_consumed)
        return to_decimal(total.mean), hottest.name, Decimal(str(hottest.burn_rate.pct_budget_consumed))


def gate(*args: str) -> int:
    command = [*TENSORCOST_CLI, "gate", *args]
    print(f"\n$ tensorcost gate {shlex.join(args)}", flush=True)
    code = subprocess.run(command, check=False).returncode
    print(f"(exit {code})")
    return code


def main() -> int:
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    server = start_mock(port)
    print(f"tensorcost-mock started (pid {server.pid}) on {base_url}")
    try:
        mean, budget, burn = sdk_tour(base_url)
        with tempfile.TemporaryDirectory() as config_dir:
            os.environ.update({"TENSORCOST_CONFIG_DIR": config_dir, "TENSORCOST_BASE_URL": base_url})
            heading("CLI: tensorcost login")
            subprocess.run(
                [*TENSORCOST_CLI, "login", "--email", EMAIL, "--tenant-id", TENANT, "--password-stdin"],
                input=PASSWORD.encode(),
                check=True,
            )
            heading("A gate that passes")
            passed = gate("--max-forecast", str(mean + 5000), "--max-budget-burn", f"{budget}={burn + 5}")
            heading("A gate that fails")
            failed = gate(
                "--max-forecast", str(mean - 5000), "--max-budget-burn", f"{budget}={max(burn - 5, 0)}"
            )
    finally:
        server.terminate()
        server.wait(timeout=10)
        print(f"\ntensorcost-mock stopped (pid {server.pid})")
    if (passed, failed) != (0, 1):
        print(f"unexpected gate results: {passed} and {failed} (expected 0 and 1)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
