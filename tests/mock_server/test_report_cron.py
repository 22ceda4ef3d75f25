"""report: scheduled exports' next_run_at, from a five-field cron expression (croniter) read as
wall-clock times in the job's zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from tensorcost_mock.domain.report import Cron, CronError


def _next(expr: str, after: str, tz: str = "UTC") -> str | None:
    run = Cron.parse(expr).next_after(datetime.fromisoformat(after).astimezone(UTC), ZoneInfo(tz))
    return None if run is None else run.isoformat().replace("+00:00", "Z")


def test_cron_fields_lists_ranges_steps_and_names() -> None:
    assert _next("*/15 * * * *", "2026-11-26T12:07:00+00:00") == "2026-11-26T12:15:00Z"
    assert _next("0 9-17/4 * * *", "2026-11-26T12:00:00+00:00") == "2026-11-26T13:00:00Z"
    assert _next("0 0 * * sat,sun", "2026-11-26T12:00:00+00:00") == "2026-11-28T00:00:00Z"
    assert _next("0 0 * * 7", "2026-11-26T12:00:00+00:00") == "2026-11-29T00:00:00Z"  # 7 is Sunday
    assert _next("0 6 1 jan-mar *", "2026-11-26T12:00:00+00:00") == "2027-01-01T06:00:00Z"
    assert _next("0 0 29 2 *", "2026-11-26T12:00:00+00:00") == "2028-02-29T00:00:00Z"
    assert _next("0 12 * * *", "2026-11-26T12:00:00+00:00") == "2026-11-27T12:00:00Z"  # strictly after


def test_cron_day_fields_match_either_when_both_are_set() -> None:
    # 13th of the month or any Friday (Vixie cron): Friday 27 Nov comes before 13 Dec.
    assert _next("0 0 13 * 5", "2026-11-26T00:00:00+00:00") == "2026-11-27T00:00:00Z"
    assert _next("0 0 13 * *", "2026-11-26T00:00:00+00:00") == "2026-12-13T00:00:00Z"


def test_cron_in_a_time_zone_across_dst() -> None:
    # 02:30 does not exist in New York on 8 March 2026 (spring forward): that day is skipped.
    assert _next("30 2 * * *", "2026-03-07T12:00:00+00:00", "America/New_York") == "2026-03-09T06:30:00Z"
    # 01:30 happens twice on 1 November 2026 (fall back): it runs once, at the first one (EDT).
    assert _next("30 1 * * *", "2026-10-31T12:00:00+00:00", "America/New_York") == "2026-11-01T05:30:00Z"
    assert _next("30 1 * * *", "2026-11-01T05:30:00+00:00", "America/New_York") == "2026-11-02T06:30:00Z"
    assert _next("0 7 * * 1", "2026-11-26T12:00:00+00:00", "Europe/London") == "2026-11-30T07:00:00Z"


def test_a_reversed_range_wraps_around() -> None:
    # croniter reads 22-2 as 22, 23, 0, 1, 2.
    assert _next("0 22-2 * * *", "2026-11-26T02:30:00+00:00") == "2026-11-26T22:00:00Z"
    assert _next("0 22-2 * * *", "2026-11-26T23:30:00+00:00") == "2026-11-27T00:00:00Z"


def test_an_expression_that_never_runs_has_no_next_run() -> None:
    assert _next("0 0 30 2 *", "2026-11-26T12:00:00+00:00") is None


@pytest.mark.parametrize("expr", ["* * * *", "0 0 * * * *", "60 * * * *", "0 24 * * *", "0 0 0 * *", "0 0 * 13 *",
                                  "*/0 * * * *", "0 0 * * funday", "a b c d e", "@daily"])  # fmt: skip
def test_cron_rejects_malformed_expressions(expr: str) -> None:
    with pytest.raises(CronError):
        Cron.parse(expr)
