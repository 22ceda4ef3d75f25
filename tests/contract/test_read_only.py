"""Read-only means read-only: the second lock, tested on its own.

The read-only configuration already generates nothing but GET (test_staging_mode.py counts the
methods of a whole staging run at a proxy). Here the locks behind it are tried with traffic the
configuration would never produce: Schemathesis with its default method probes, and an SDK-side
``httpx`` client asked to POST. Neither request may reach the deployment.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from .conftest import ContractOptions
from .proxy import Proxy
from .support import READ_ONLY_METHODS, MockServer, WriteRefused, login, refuse_writes, spec_path
from .test_schemathesis import CONFIG, HOOKS


@pytest.fixture(scope="module")
def deployment_server(options: ContractOptions) -> Iterator[MockServer]:
    if options.staging:
        pytest.skip("already in staging mode (this test starts its own deployment)")
    server = MockServer(options.report_dir / "logs", seed=11)
    server.launch()
    try:
        yield server
    finally:
        server.stop()


def test_the_schemathesis_hook_refuses_every_method_but_get_and_head(
    deployment_server: MockServer, options: ContractOptions
) -> None:
    report_dir = options.report_dir / "read-only-hook"
    report_dir.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "TENSORCOST_API_TOKEN": login(deployment_server.url),
        "SCHEMATHESIS_HOOKS": str(HOOKS),
        "TENSORCOST_CONTRACT_SPEC": str(spec_path()),
        "TENSORCOST_DRIFT_LOG": str(report_dir / "drift.jsonl"),
        "TENSORCOST_READ_ONLY": "1",
    }
    with Proxy(deployment_server.url) as deployment:
        done = subprocess.run(
            [
                sys.executable, "-m", "schemathesis.cli", "--config-file", str(CONFIG), "--no-color",
                "run", str(spec_path()), "--url", deployment.url,
                "--include-operation-id", "cost_list_budgets",  # a GET-only path
                "--phases", "coverage",  # the default config probes POST, PUT, ... there
                "--checks", "not_a_server_error",
            ],
            cwd=report_dir, env=env, capture_output=True, text=True, timeout=180, check=False,
        )  # fmt: skip
    output = done.stdout + done.stderr
    assert deployment.methods["GET"] > 0, f"nothing reached the deployment:\n{output[-3000:]}"
    assert set(deployment.methods) <= READ_ONLY_METHODS, f"the hook let through: {dict(deployment.methods)}"
    assert re.search(
        r"read-only run: (POST|PUT|PATCH|DELETE|OPTIONS|TRACE|QUERY) /v1/cost/budgets was not sent", output
    ), output[-3000:]
    assert done.returncode != 0, "a refused request is an error of the run, never silence"


def test_an_sdk_side_client_refuses_writes_before_sending() -> None:
    sent: list[str] = []

    def deployment(request: httpx.Request) -> httpx.Response:
        sent.append(request.method)
        return httpx.Response(200, json={"success": True, "data": []})

    with httpx.Client(
        transport=httpx.MockTransport(deployment), event_hooks={"request": [refuse_writes]}
    ) as client:
        assert client.get("http://staging.test/v1/cost/budgets").status_code == 200
        assert client.head("http://staging.test/v1/cost/budgets").status_code == 200
        for method in ("POST", "PUT", "PATCH", "DELETE", "OPTIONS"):
            with pytest.raises(WriteRefused, match=f"{method} /v1/cost/budgets was not sent"):
                client.request(method, "http://staging.test/v1/cost/budgets")
    assert sent == ["GET", "HEAD"]
