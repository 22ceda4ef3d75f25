"""Exit codes, and the error that means "the command was used wrongly"."""

from __future__ import annotations

EXIT_OK = 0
EXIT_BREACHED = 1  # `gate` only: a condition does not hold
EXIT_ERROR = 2  # usage errors and API errors: nothing could be concluded


class UsageError(Exception):
    """The command line or a config file is wrong; the message says how to fix it."""
