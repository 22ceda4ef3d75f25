"""``tensorcost-mock [serve] [--port 4010 ...]`` and ``tensorcost-mock token [--email ... | --service]``.

Every flag also reads its ``TENSORCOST_MOCK_*`` environment variable (a flag wins).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from .auth import ROLES, parse_duration


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--spec", type=Path, help="OpenAPI file (default: the repo's openapi/tensorcost.yaml)"
    )
    parser.add_argument("--seed", type=int, help="seed of the fixtures (default 42)")
    parser.add_argument(
        "--now", type=datetime.fromisoformat, help="start the clock at this ISO-8601 instant (UTC)"
    )
    parser.add_argument("--jwt-secret", help="HS256 key of the tokens")
    parser.add_argument(
        "--world", type=Path, help="a world file (tenants, users, fleet...; default: the shipped world)"
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tensorcost-mock",
        description="Spec-driven, stateful TensorCost API mock. Subcommands: serve (default), token.",
    )
    sub = parser.add_subparsers(dest="command")
    serve = sub.add_parser("serve", help="serve the API (the default)")
    _common(serve)
    serve.add_argument("--host", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default 4010)")
    serve.add_argument(
        "--rate-limit", type=int, help="requests per minute for every tenant (default: by tier)"
    )
    serve.add_argument(
        "--strict",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="check every response (default on)",
    )
    serve.add_argument(
        "--freeze-clock", action=argparse.BooleanOptionalAction, default=None, help="keep the clock still"
    )
    serve.add_argument(
        "--pulse",
        dest="pulse_seconds",
        metavar="SECONDS",
        type=float,
        help="while the clock runs, catch every tenant up with it this often (default 1; 0: off)",
    )
    serve.add_argument("--log-level", help="uvicorn log level (default warning)")
    serve.add_argument(
        "--allow-webhook-port",
        dest="allow_webhook_ports",
        metavar="PORT",
        type=int,
        action="append",
        help="a loopback port webhook deliveries may go to (repeatable; default none)",
    )
    serve.add_argument(
        "--control",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="serve the /_mock control surface (default on; --no-control: /_mock answers 404)",
    )
    serve.add_argument(
        "--control-token",
        help="require this token in X-Mock-Control-Token on /_mock (required off loopback; "
        "also TENSORCOST_MOCK_CONTROL_TOKEN)",
    )
    token = sub.add_parser(
        "token", help="print a ready access token for a seeded user, or a long-lived service token"
    )
    _common(token)
    token.add_argument(
        "--email", default="ana.ruiz@acme-ai.com", help="seeded user (default: the admin Ana Ruiz)"
    )
    token.add_argument("--tenant-id", help="tenant (default: the user's first; with --service: Acme AI)")
    token.add_argument(
        "--ttl",
        type=_duration,
        help="lifetime: seconds or 30m, 12h, 90d (default: the access-token TTL; with --service 90d)",
    )
    token.add_argument(
        "--service",
        action="store_true",
        help="a service token (CI, partner integrations): no user, no refresh, lives --ttl",
    )
    token.add_argument("--name", default="ci", help="the service principal's name (with --service)")
    token.add_argument(
        "--role", default="viewer", choices=ROLES, help="the service principal's role (default viewer)"
    )
    return parser


def _duration(text: str) -> int:
    """Seconds from ``3600``, ``45s``, ``30m``, ``12h`` or ``90d``."""
    try:
        return parse_duration(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


class SettingsError(Exception):
    """Settings that cannot be used, with a message for the command line."""


def _settings(args: argparse.Namespace, skip: tuple[str, ...] = ()) -> Any:
    from pydantic import ValidationError

    from .settings import MockSettings

    fields = set(MockSettings.model_fields)
    overrides = {k: v for k, v in vars(args).items() if k in fields and k not in skip and v is not None}
    try:
        return MockSettings(**overrides)
    except ValidationError as exc:
        problems = [
            str(e["msg"]).removeprefix("Value error, ")
            if e["type"] == "value_error"
            else f"{'.'.join(map(str, e['loc']))}: {e['msg']}"
            for e in exc.errors()
        ]
        raise SettingsError("; ".join(problems)) from None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in ("serve", "token", "-h", "--help"):
        argv.insert(0, "serve")
    args = _parser().parse_args(argv)
    world = args.world or os.environ.get("TENSORCOST_MOCK_WORLD")
    if world and not _use_world(Path(world)):
        return 2
    try:
        if args.command == "token":
            return _token(args)
        return _serve(args)
    except SettingsError as exc:
        print(f"tensorcost-mock: {exc}", file=sys.stderr)
        return 2


def _use_world(path: Path) -> bool:
    """Check a world file and make it the one this process serves (before the server is imported)."""
    from .world import WORLD_ENV, WorldError, load_world

    try:
        load_world(path)
    except WorldError as exc:
        print(f"tensorcost-mock: bad world file: {exc}", file=sys.stderr)
        return False
    os.environ[WORLD_ENV] = str(path.resolve())
    return True


def _token(args: argparse.Namespace) -> int:
    from .auth import Directory, TokenService
    from .clock import Clock

    settings = _settings(args)
    directory = Directory()
    if args.service:
        tokens = TokenService(directory, Clock(settings.now), settings.jwt_secret)
        tenant_id = args.tenant_id or next(iter(directory.tenants))
        try:
            print(tokens.service_token(tenant_id, name=args.name, role=args.role, ttl=args.ttl))
        except ValueError as exc:
            print(f"tensorcost-mock token: {exc}", file=sys.stderr)
            return 2
        return 0
    user = directory.by_email(args.email)
    if user is None:
        print(
            f"No seeded user {args.email}; seeded: {', '.join(u.email for u in directory.users.values())}",
            file=sys.stderr,
        )
        return 2
    tenant_id = args.tenant_id or next(iter(user.memberships))
    if tenant_id not in user.memberships:
        print(
            f"{args.email} is not a member of {tenant_id}; member of: {', '.join(user.memberships)}",
            file=sys.stderr,
        )
        return 2
    tokens = TokenService(
        directory, Clock(settings.now), settings.jwt_secret, settings.access_token_ttl_seconds
    )
    print(tokens.access_token(user, tenant_id, args.ttl))
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .server import create_app
    from .server.pulse import PulsingServer

    settings = _settings(args)
    app = create_app(settings)
    print("\n".join(_banner(settings, len(app.spec.operations), str(app.spec.source))), flush=True)
    # The spec and validators live as long as the process: keep them out of the GC's full scans.
    gc.collect()
    gc.freeze()
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level,
        lifespan="off",
        access_log=False,
    )
    PulsingServer(config, app.runtime, settings.pulse_seconds).run()
    return 0


def _banner(settings: Any, operations: int, source: str) -> list[str]:
    """What the server exposes, printed at startup."""
    from .settings import CONTROL_TOKEN_HEADER

    base = f"http://{settings.host}:{settings.port}"
    lines = [
        f"tensorcost-mock: {operations} operations from {source} on {base} "
        f"(strict={'on' if settings.strict else 'off'}, seed={settings.seed})"
    ]
    if settings.exposed:
        lines.append(
            f"  exposed: {settings.host} is reachable from other machines; tokens are signed with your --jwt-secret"
        )
    if not settings.control:
        lines.append("  control surface: off (/_mock answers 404)")
    elif settings.control_token:
        lines.append(f"  control surface: {base}/_mock, with the token in {CONTROL_TOKEN_HEADER}")
    else:
        lines.append(
            f"  control surface: {base}/_mock, open to anyone who reaches {settings.host} (no token)"
        )
        lines.append(f"  token: curl -s '{base}/_mock/token?email=ana.ruiz@acme-ai.com'")
    ports = ", ".join(map(str, settings.allow_webhook_ports))
    lines.append(
        f"  webhooks to loopback ports {ports} (never to the mock itself or /_mock)"
        if ports
        else "  webhooks: none delivered (allow a loopback receiver with --allow-webhook-port PORT)"
    )
    return lines
