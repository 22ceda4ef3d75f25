"""`TENSORCOST_LOG=info`: one line per request (method, path, status, ms, trace id, retry)."""

from __future__ import annotations

import logging
import re
import subprocess
import sys

import httpx
import pytest
import respx
from tensorcost import TensorCost

from .helpers import BASE, SUMMARY

LINE = re.compile(r"^GET /v1/cost/summary -> (\d{3}) in \d+\.\d ms \(trace_id (\S+?)(, retry \d)?\)$")


def test_one_info_line_per_request_with_its_retry(
    router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    router.get("/v1/cost/summary").mock(
        side_effect=[
            httpx.Response(503, headers={"X-Request-Id": "trace-1"}),
            httpx.Response(200, json=SUMMARY, headers={"X-Request-Id": "trace-2"}),
        ]
    )
    with (
        caplog.at_level(logging.INFO, logger="tensorcost"),
        TensorCost(api_token="tok-secret", base_url=BASE, _sleep=lambda s: None) as tc,
    ):
        tc.cost.get_summary()
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("GET ")]
    matches = [LINE.match(line) for line in lines]
    assert all(matches), lines
    assert [(m.group(1), m.group(2), m.group(3)) for m in matches if m] == [
        ("503", "trace-1", None),
        ("200", "trace-2", ", retry 1"),
    ]
    assert all(r.levelno == logging.INFO for r in caplog.records)
    assert "tok-secret" not in caplog.text


def test_the_environment_variable_logs_to_stderr() -> None:
    """As a user runs it: a fresh interpreter with TENSORCOST_LOG=info and nothing else."""
    code = (
        "import httpx, tensorcost\n"
        "def answer(request):\n"
        "    return httpx.Response(200, json={'success': True}, headers={'X-Request-Id': 'abc'})\n"
        "http = httpx.Client(transport=httpx.MockTransport(answer))\n"
        "tc = tensorcost.TensorCost(api_token='tok-secret', base_url='http://api.test', http_client=http)\n"
        "tc.cost.with_raw_response.get_summary()  # not parsed: any body will do\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"TENSORCOST_LOG": "info", "PATH": ""},
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert re.search(
        r"INFO tensorcost\] GET /v1/cost/summary -> 200 in \d+\.\d ms \(trace_id abc\)", done.stderr
    )
    assert "tok-secret" not in done.stderr
