"""Fixtures of the MCP tests: the mock on a loopback port and `tensorcost mcp` run as a
subprocess, reached with the official MCP client (stdio, or Streamable HTTP)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest
from _net import free_port
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client
from tensorcost.testing import MockServer

ADMIN = "ana.ruiz@acme-ai.com"  # admin of Acme, finops_analyst of Nimbus
VIEWER = "sam.okafor@acme-ai.com"
ENGINEER = "marco.bianchi@acme-ai.com"


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    """One mock per module; tests that change data or inject faults clean up after themselves."""
    with MockServer(mode="port") as server:
        yield server


def server_env(mock: MockServer, token: str, tmp_path: Path) -> dict[str, str]:
    """The environment of `tensorcost mcp`: the API and a token, no stored login, no other TENSORCOST_*."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TENSORCOST_")}
    return env | {
        "TENSORCOST_BASE_URL": mock.base_url,
        "TENSORCOST_API_TOKEN": token,
        "TENSORCOST_CONFIG_DIR": str(tmp_path / "config"),
    }


@asynccontextmanager
async def stdio_session(env: dict[str, str], *args: str) -> AsyncIterator[ClientSession]:
    """An initialised MCP client session with `tensorcost mcp ARGS...` over stdio."""
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "tensorcost.cli", "mcp", "--max-retries", "0", *args], env=env
    )
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        yield session


@asynccontextmanager
async def http_session(env: dict[str, str], *args: str) -> AsyncIterator[ClientSession]:
    """The same over Streamable HTTP: `tensorcost mcp --transport http` on a free loopback port."""
    port = free_port()
    command = [sys.executable, "-m", "tensorcost.cli", "mcp", "--max-retries", "0"]
    command += ["--transport", "http", "--port", str(port), *args]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/mcp/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the MCP server did not start: {process.stderr}") from None
                time.sleep(0.1)
        async with streamable_http_client(url) as (read, write, _), ClientSession(read, write) as session:
            await session.initialize()
            yield session
    finally:
        process.terminate()
        process.wait(timeout=10)
