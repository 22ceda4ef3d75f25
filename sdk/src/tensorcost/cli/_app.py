"""The argument parser and the dispatch of `tensorcost <command>`."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tensorcost import TensorCost, TensorCostError, __version__
from tensorcost.types import (
    AI_ANOMALY_STATUS_VALUES,
    AI_ANOMALY_TYPE_VALUES,
    ALERT_SEVERITY_VALUES,
    ALERT_STATUS_VALUES,
    ALERT_TYPE_VALUES,
    COST_TAG_DIMENSION_VALUES,
    EXPORT_FORMAT_VALUES,
    EXPORT_RESOURCE_VALUES,
    FORECAST_GRANULARITY_VALUES,
    FORECAST_HORIZON_DAYS_VALUES,
    PREDICTION_INTERVAL_LEVEL_VALUES,
)

from . import _commands, _connection, _credentials, _gate_args, _login, _mcp
from ._errors import EXIT_ERROR, UsageError
from ._output import Output

if TYPE_CHECKING:
    from ._gate_conditions import Condition

Handler = Callable[[TensorCost, argparse.Namespace, Output], int]


def _instant(text: str) -> datetime:
    """An ISO-8601 date or date-time; without a zone it is UTC."""
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO-8601 date or date-time: {text!r} (e.g. 2026-11-01)"
        ) from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _common() -> argparse.ArgumentParser:
    """Options every command takes (after the command name, or before it)."""
    p = argparse.ArgumentParser(add_help=False)
    g = p.add_argument_group("connection")
    g.add_argument("--base-url", default=argparse.SUPPRESS, help="API base URL (env TENSORCOST_BASE_URL)")
    g.add_argument("--tenant-id", default=argparse.SUPPRESS, help="active tenant (env TENSORCOST_TENANT_ID)")
    g.add_argument("--profile", default=argparse.SUPPRESS, help="stored login to use (default: default)")
    g.add_argument(
        "--timeout", type=float, default=argparse.SUPPRESS, help="seconds per request (default 60)"
    )
    g.add_argument(
        "--max-retries", type=int, default=argparse.SUPPRESS, help="retries per request (default 2)"
    )
    return p


def _data(parent: argparse.ArgumentParser, *, window: bool = False) -> list[argparse.ArgumentParser]:
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    if window:
        p.add_argument("--start", type=_instant, help="window start, ISO-8601 (default: start of this month)")
        p.add_argument("--end", type=_instant, help="window end, ISO-8601, exclusive (default: now)")
    return [parent, p]


def _choices(values: AbstractSet[Any]) -> list[Any]:
    return sorted(values)


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    # Built once and shared: every data command takes --json, most a window too.
    data, windowed = _data(common), _data(common, window=True)
    parser = argparse.ArgumentParser(
        prog="tensorcost",
        parents=[common],
        description="TensorCost from the command line: spend, forecasts, idle GPUs, anomalies, alerts, "
        "exports, and a cost gate for CI pipelines.",
        epilog="Exit codes: 0 ok, 1 a gate condition is breached, 2 usage or API error.",
    )
    parser.add_argument("--version", action="version", version=f"tensorcost {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    login = sub.add_parser("login", parents=[common], help="log in and store the credentials (0600)")
    login.add_argument("--email", required=True)
    login.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    login.add_argument("--print-env", action="store_true", help="print `export` lines instead of storing")
    login.set_defaults(run_login=_login.login)
    logout = sub.add_parser("logout", parents=[common], help="forget the stored credentials")
    logout.set_defaults(run_login=_login.logout)

    cost = sub.add_parser("cost", help="cost totals, breakdowns and the forecast").add_subparsers(
        dest="cost_command", metavar="SUBCOMMAND", required=True
    )
    cost.add_parser("summary", parents=windowed, help="totals for a window").set_defaults(
        handler=_commands.cost_summary
    )
    cost.add_parser("by-source", parents=windowed, help="cost per source").set_defaults(
        handler=_commands.cost_by_source
    )
    by_tag = cost.add_parser("by-tag", parents=windowed, help="cost per value of a tag")
    by_tag.add_argument(
        "--group-by",
        default="application",
        choices=_choices(COST_TAG_DIMENSION_VALUES),
        help="default: application",
    )
    by_tag.set_defaults(handler=_commands.cost_by_tag)
    forecast = cost.add_parser("forecast", parents=data, help="forecast with its prediction interval")
    forecast.add_argument("--horizon-days", type=int, choices=_choices(FORECAST_HORIZON_DAYS_VALUES))
    forecast.add_argument("--granularity", choices=_choices(FORECAST_GRANULARITY_VALUES))
    forecast.add_argument(
        "--prediction-interval-level", type=int, choices=_choices(PREDICTION_INTERVAL_LEVEL_VALUES)
    )
    forecast.set_defaults(handler=_commands.cost_forecast)

    gpu = sub.add_parser("gpu", help="GPU fleet").add_subparsers(
        dest="gpu_command", metavar="SUBCOMMAND", required=True
    )
    idle = gpu.add_parser("idle", parents=data, help="idle GPU instances, most wasted cost first")
    idle.add_argument(
        "--threshold",
        type=float,
        help="activity percent below which an instance is idle (default: the tenant's setting)",
    )
    idle.add_argument("--lookback-hours", type=int, help="hours the activity is averaged over (default 24)")
    idle.set_defaults(handler=_commands.gpu_idle)

    ai = sub.add_parser("ai", help="managed inference").add_subparsers(
        dest="ai_command", metavar="SUBCOMMAND", required=True
    )
    anomalies = ai.add_parser("anomalies", parents=data, help="spend anomalies, newest first")
    anomalies.add_argument("--severity", choices=_choices(ALERT_SEVERITY_VALUES))
    anomalies.add_argument("--status", choices=_choices(AI_ANOMALY_STATUS_VALUES))
    anomalies.add_argument("--type", choices=_choices(AI_ANOMALY_TYPE_VALUES))
    anomalies.set_defaults(handler=_commands.ai_anomalies)

    alerts = sub.add_parser("alerts", help="alerts").add_subparsers(
        dest="alerts_command", metavar="SUBCOMMAND", required=True
    )
    alert_list = alerts.add_parser("list", parents=windowed, help="alerts, newest first (all pages)")
    alert_list.add_argument("--status", choices=_choices(ALERT_STATUS_VALUES))
    alert_list.add_argument("--severity", choices=_choices(ALERT_SEVERITY_VALUES))
    alert_list.add_argument("--type", choices=_choices(ALERT_TYPE_VALUES))
    alert_list.add_argument(
        "--max-items", type=int, default=1000, help="stop after this many alerts (default 1000)"
    )
    alert_list.set_defaults(handler=_commands.alerts_list)

    export = sub.add_parser("export", parents=windowed, help="export a resource as CSV or PDF")
    export.add_argument("resource", choices=_choices(EXPORT_RESOURCE_VALUES))
    export.add_argument("--format", required=True, choices=_choices(EXPORT_FORMAT_VALUES))
    export.add_argument(
        "-o", "--output", help="file to write, or - for stdout (default tensorcost-RESOURCE.FORMAT)"
    )
    export.add_argument(
        "--overwrite",
        action="store_true",
        help="replace an existing file (atomically; a directory or a symbolic link is still refused)",
    )
    export.set_defaults(handler=_commands.export)

    _gate_args.add_parser(sub, common)
    mcp = sub.add_parser("mcp", parents=[common], help="serve the API to AI agents over MCP (the mcp extra)")
    _mcp.add_arguments(mcp)
    mcp.set_defaults(serve=_mcp.serve)
    return parser


_DEFAULTS = {
    "base_url": None,
    "tenant_id": None,
    "profile": _credentials.DEFAULT_PROFILE,
    "timeout": None,
    "max_retries": None,
}


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 on a usage error
    for key, value in _DEFAULTS.items():
        if not hasattr(args, key):
            setattr(args, key, value)
    out = Output(as_json=bool(getattr(args, "json", False)))
    if getattr(args, "run_gate", False):
        return _run_gate(args, out)
    try:
        if hasattr(args, "serve"):
            served: int = args.serve(args)
            return served
        if hasattr(args, "run_login"):
            code: int = args.run_login(args, out)
            return code
        connection = _connection.resolve(args)
        with connection.client(timeout=args.timeout, max_retries=args.max_retries) as tc:
            handler: Handler = args.handler
            return handler(tc, args, out)
    except UsageError as exc:
        out.error(str(exc))
    except TensorCostError as exc:
        out.error(f"{type(exc).__name__}: {exc}")
    except OSError as exc:
        out.error(str(exc))
    except KeyboardInterrupt:
        out.error("interrupted")
    return EXIT_ERROR


def _gate_conditions(args: argparse.Namespace) -> list[Condition]:
    from . import _gate_config
    from ._gate_conditions import MaxDailySpend

    conditions = _gate_config.from_flags(
        max_forecast=args.max_forecast,
        horizon_days=args.horizon_days,
        forecast_bound=args.forecast_bound,
        max_budget_burn=args.max_budget_burn,
        max_daily_spend=args.max_daily_spend,
        no_open_anomalies=args.no_open_anomalies,
    )
    config = args.config
    if config is None and Path(_gate_args.DEFAULT_CONFIG).is_file():
        config = Path(_gate_args.DEFAULT_CONFIG)
    if config is not None:
        conditions = _gate_config.from_file(config) + conditions
    if args.allow_missing:
        conditions = [
            dataclasses.replace(c, allow_missing=True) if isinstance(c, MaxDailySpend) else c
            for c in conditions
        ]
    if not conditions:
        raise UsageError(
            f"no conditions: pass --max-forecast, --max-budget-burn, --max-daily-spend or --no-open-anomalies, "
            f"or write {_gate_args.DEFAULT_CONFIG} (a gate without conditions would always pass)"
        )
    return conditions


def _run_gate(args: argparse.Namespace, out: Output) -> int:
    from . import _gate, _gate_report  # loaded only for this command

    try:
        conditions = _gate_conditions(args)
        connection = _connection.resolve(args)
        with connection.client(timeout=args.timeout, max_retries=args.max_retries) as tc:
            result = _gate.evaluate(conditions, tc)
    except UsageError as exc:
        result = _gate.GateResult(error=str(exc))
    except Exception as exc:  # whatever it is, the gate reports it and exits 2, never passes
        result = _gate.GateResult(error=f"unexpected {type(exc).__name__}: {exc}")
    try:
        report = _gate_report.RENDERERS[args.format](result)
    except Exception as exc:
        result.problems.append(f"cannot render the {args.format} report: {type(exc).__name__}: {exc}")
        report = _gate_report.text(result)
    if args.output is not None:
        try:
            args.output.write_text(report, encoding="utf-8")
        except OSError as exc:
            result.problems.append(f"cannot write the report to {args.output}: {exc}")
            out.stdout.write(report)  # the report is not lost
        out.stderr.write(_gate_report.text(result))
    else:
        out.stdout.write(report)
        if result.error and args.format != "text":
            out.error(result.error)
    for problem in result.problems:
        out.error(problem)
    return result.exit_code
