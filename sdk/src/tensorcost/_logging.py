"""The `tensorcost` logger: TENSORCOST_LOG=debug|info turns it on; secrets are redacted."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable

from ._constants import ENV_LOG

logger = logging.getLogger("tensorcost")

SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-tensorcost-signature"}
)
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_logging() -> None:
    """Honour TENSORCOST_LOG once: add a stderr handler at that level unless one exists."""
    level = _LEVELS.get(os.environ.get(ENV_LOG, "").strip().lower())
    if level is None or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Headers for a log line, with credentials replaced by `***`."""
    return {k: "***" if k.lower() in SENSITIVE_HEADERS else v for k, v in headers}
