"""CPU per request of tensorcost-mock in process: no sockets, no HTTP parser, no wrk.

    python bench/mock_cpu.py [--requests 2000] [--blocks 7] [--profile TARGET]

Builds the app (strict mode on, rate limit lifted), finds an instance id through the API, then
calls the ASGI app directly with each target of bench/mock_load.py, in blocks of --requests
requests, and prints the median CPU time per request over the blocks. On a loaded machine this
is steadier than wrk's requests/s. Strict mode validates a body only once while its bytes stay
the same; ``--cold`` makes it validate every body, as if every answer were new.
``--profile "list of 20"`` prints cProfile's top functions for one target instead.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import statistics
import time
from typing import Any

import orjson
from mock_load import LIST_FOR_ID, TARGETS, resolve_targets  # bench/ is this script's folder
from tensorcost_mock.server.app import MockApp, create_app


class Caller:
    """Sends GETs to the ASGI app and returns (status, body)."""

    def __init__(self, app: MockApp, token: str | None = None) -> None:
        self.app = app
        self.token = token

    async def get(self, target: str) -> tuple[int, bytes]:
        path, _, query = target.partition("?")
        headers = [(b"host", b"mock")]
        if self.token:
            headers.append((b"authorization", f"Bearer {self.token}".encode()))
        scope: dict[str, Any] = {
            "type": "http",
            "http_version": "1.1",
            "method": "GET",
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "query_string": query.encode(),
            "root_path": "",
            "headers": headers,
            "client": ("127.0.0.1", 50000),
            "server": ("127.0.0.1", None),
        }
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        await self.app(scope, receive, send)
        return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])


async def _login(app: MockApp) -> str:
    """An access token, as bench/mock_load.py gets one (``GET /_mock/token``)."""
    status, body = await Caller(app).get("/_mock/token")
    assert status == 200, body
    return str(orjson.loads(body)["access_token"])


async def targets(app: MockApp) -> tuple[Caller, dict[str, str]]:
    caller = Caller(app, await _login(app))

    status, listing = await caller.get(LIST_FOR_ID)
    assert status == 200, listing
    out = resolve_targets(orjson.loads(listing))
    for name, path in out.items():
        status, body = await caller.get(path)
        if status != 200:
            raise SystemExit(f"{name}: {path} answered {status}: {body[:300]!r}")
    return caller, out


async def block(caller: Caller, path: str, requests: int, cold: bool = False) -> float:
    """CPU seconds per request over ``requests`` GETs of ``path``; ``cold``: strict mode forgets
    the bodies that passed before each request, as if every answer were new."""
    forget = caller.app.contract.passed_bodies.clear if cold else None
    started = time.process_time()
    for _ in range(requests):
        if forget is not None:
            forget()
        await caller.get(path)
    return (time.process_time() - started) / requests


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--blocks", type=int, default=7)
    parser.add_argument("--profile", choices=sorted(TARGETS))
    parser.add_argument("--cold", action="store_true", help="validate every body as if it were new")
    args = parser.parse_args()
    app = create_app(rate_limit=100_000_000, strict=True)
    assert app.settings.strict
    caller, paths = await targets(app)
    if args.profile:
        path = paths[args.profile]
        await block(caller, path, 200, args.cold)
        profiler = cProfile.Profile()
        profiler.enable()
        await block(caller, path, args.requests, args.cold)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        return
    for name, path in paths.items():
        await block(caller, path, 200, args.cold)  # warm-up
        samples = [await block(caller, path, args.requests, args.cold) for _ in range(args.blocks)]
        print(
            f"{name:14} {statistics.median(samples) * 1e6:7.1f} us CPU per request{' (cold)' if args.cold else ''} (median of "
            f"{args.blocks} blocks of {args.requests}; min {min(samples) * 1e6:.1f}, max {max(samples) * 1e6:.1f})"
            f"   {path}"
        )
    if app.violations:
        raise SystemExit(f"strict mode found violations: {app.violations[:3]}")


if __name__ == "__main__":
    asyncio.run(main())
