"""The world's pulse: while the clock runs, every tenant catches up with it every few seconds, so
rules open alerts, exports run and webhooks go out with no request to prompt them."""

from __future__ import annotations

import asyncio
import socket

import uvicorn

from tensorcost_mock.runtime import Runtime


async def pulse(runtime: Runtime, every: float) -> None:
    """Every ``every`` seconds, unless the clock is frozen: ``runtime.catch_up()``. Runs until cancelled."""
    while True:
        await asyncio.sleep(every)
        if not runtime.clock.frozen:
            await runtime.catch_up()


class PulsingServer(uvicorn.Server):
    """uvicorn's server with the world's pulse beside it (``every`` seconds; 0: no pulse)."""

    def __init__(self, config: uvicorn.Config, runtime: Runtime, every: float) -> None:
        super().__init__(config)
        self.runtime = runtime
        self.every = every

    async def serve(self, sockets: list[socket.socket] | None = None) -> None:
        beat = asyncio.create_task(pulse(self.runtime, self.every)) if self.every > 0 else None
        try:
            await super().serve(sockets)
        finally:
            if beat is not None:
                beat.cancel()
