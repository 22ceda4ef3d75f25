"""The `tensorcost` command (`pip install './sdk[cli]'`; see docs/install.md).

    tensorcost login --email you@example.com --tenant-id TENANT
    tensorcost cost summary
    tensorcost gate --max-forecast 60000 --max-budget-burn "GPU fleet=90"

Exit codes: 0 success (for `gate`: every condition holds), 1 a gate condition is breached,
2 a usage or API error (a gate never passes because the API could not be asked).
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    from ._app import run

    return run(argv)


__all__ = ["main"]
