"""`tensorcost mcp`: the hook that starts the MCP server (the server lives in `tensorcost.mcp`)."""

from __future__ import annotations

import argparse
import sys

from . import _connection
from ._errors import EXIT_OK, UsageError


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--transport", choices=["stdio", "http"], default="stdio", help="default stdio")
    p.add_argument(
        "--port", type=int, default=8808, help="port on 127.0.0.1 for --transport http (default 8808)"
    )
    p.add_argument(
        "--scope",
        choices=["read", "write"],
        default="read",
        help="read (default): only operations that change nothing; write: also those the role allows",
    )
    p.add_argument("--toolsets", help="only these services, comma-separated (e.g. cost,gpu)")
    p.add_argument(
        "--tools",
        choices=["static", "dynamic"],
        default="static",
        help="static (default): one tool per operation; dynamic: list, describe and invoke tools",
    )


def serve(args: argparse.Namespace) -> int:
    try:
        from tensorcost.mcp import Selection, ServerConfig, serve
        from tensorcost.mcp._catalog import services
        from tensorcost.mcp._identity import from_token
    except ImportError as exc:
        raise UsageError(
            f"`tensorcost mcp` needs the mcp extra: pip install 'tensorcost[mcp]' ({exc})"
        ) from None
    connection = _connection.resolve(args)
    identity = from_token(connection.api_token)
    tenant = connection.tenant_id or identity.tenant_id
    if tenant is None:
        raise UsageError(
            "cannot tell the tenant from the token: pass --tenant-id (or set TENSORCOST_TENANT_ID)"
        )
    toolsets = None
    if args.toolsets:
        toolsets = frozenset(name.strip() for name in args.toolsets.split(",") if name.strip())
        unknown = sorted(toolsets - set(services()))
        if unknown:
            raise UsageError(f"unknown toolsets {', '.join(unknown)}; choose from {', '.join(services())}")
    # The token's role holds in the token's tenant only; elsewhere the role is unknown (reads only).
    role = identity.role if identity.tenant_id in (None, tenant) else None
    if args.scope == "write" and role is None:
        sys.stderr.write("tensorcost mcp: the token names no role for this tenant; offering reads only\n")
    client = connection.async_client(timeout=args.timeout, max_retries=args.max_retries, tenant_id=tenant)
    selection = Selection(scope=args.scope, role=role, toolsets=toolsets)
    serve(client, ServerConfig(selection, args.tools, tenant), transport=args.transport, port=args.port)
    return EXIT_OK
