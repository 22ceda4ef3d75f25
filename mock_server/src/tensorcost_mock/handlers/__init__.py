"""The services not yet split into ``api/`` + ``domain/`` + ``seed/`` (issue 11): one module per
service with its seed data, rules and handlers; ``registry.py`` lists every service of both kinds.

The request context, ``Reply`` and ``@handler`` live in :mod:`tensorcost_mock.api.context`; they
are imported here for the modules of this package.
"""

from __future__ import annotations

from tensorcost_mock.api.context import (
    Handler,
    HandlerContext,
    Reply,
    handler,
    overlaps_query_window,
    query_window,
)
from tensorcost_mock.domain.thresholds import SPEND_METRICS, check_thresholds, threshold_number, threshold_of

__all__ = [
    "SPEND_METRICS",
    "Handler",
    "HandlerContext",
    "Reply",
    "check_thresholds",
    "handler",
    "overlaps_query_window",
    "query_window",
    "threshold_number",
    "threshold_of",
]
