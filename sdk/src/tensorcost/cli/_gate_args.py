"""The `gate` command's arguments. They are part of every parser, so this module is small: the
gate's own modules (conditions, config file, reports) load only when `tensorcost gate` runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from tensorcost.types import FORECAST_HORIZON_DAYS_VALUES

#: The config file `tensorcost gate` reads from the current directory when `--config` is not given.
DEFAULT_CONFIG = "tensorcost-gate.toml"
#: The report formats of `--format`.
FORMATS = ("text", "json", "github", "junit")


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add `gate` to the subcommands."""
    gate = sub.add_parser(
        "gate",
        parents=[common],
        help="fail a pipeline when spend breaks a limit",
        description="Check cost conditions; exit 0 when all hold, 1 when one is breached, 2 when one cannot "
        f"be checked. Conditions come from the flags and from a TOML file ({DEFAULT_CONFIG} "
        "in the current directory, or --config).",
    )
    gate.add_argument("--config", type=Path, help=f"gate config file (default ./{DEFAULT_CONFIG} if present)")
    gate.add_argument(
        "--max-forecast", metavar="AMOUNT", help="limit of the forecast total over --horizon-days"
    )
    gate.add_argument("--horizon-days", type=int, default=30, choices=sorted(FORECAST_HORIZON_DAYS_VALUES))
    gate.add_argument(
        "--forecast-bound",
        default="mean",
        choices=["mean", "upper"],
        help="compare the mean or the upper bound",
    )
    gate.add_argument(
        "--max-budget-burn",
        metavar="BUDGET=PCT",
        action="append",
        default=[],
        help="percent of a budget consumed",
    )
    gate.add_argument(
        "--max-daily-spend",
        metavar="SOURCE=AMOUNT|TAG:VALUE=AMOUNT",
        action="append",
        default=[],
        help="yesterday's (UTC) spend of a source (bedrock=500) or of a tag value (team:search=4000)",
    )
    gate.add_argument(
        "--allow-missing",
        action="store_true",
        help="a --max-daily-spend source or tag value without cost yesterday counts as 0 "
        "(by default it is an error: a typo must not pass)",
    )
    gate.add_argument(
        "--no-open-anomalies",
        metavar="SEVERITY",
        action="append",
        default=[],
        help="fail when an anomaly of this severity or worse is open",
    )
    gate.add_argument("--format", default="text", choices=FORMATS, help="report format (default text)")
    gate.add_argument("-o", "--output", type=Path, help="write the report to a file instead of stdout")
    gate.set_defaults(run_gate=True)
