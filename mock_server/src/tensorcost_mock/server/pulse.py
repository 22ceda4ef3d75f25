"""The world's pulse: while the clock runs, every tenant catches up with it every few seconds, so
rules open alerts, exports run and webhooks go out with no request to prompt them."""

from __future__ import annotations

import asyncio

from tensorcost_mock.runtime import Runtime


async def pulse(runtime: Runtime, every: float) -> None:
    """Every ``every`` seconds, unless the clock is frozen: ``runtime.catch_up()``. Runs until cancelled."""
    while True:
        await asyncio.sleep(every)
        if not runtime.clock.frozen:
            await runtime.catch_up()
