"""Running the server over stdio or Streamable HTTP (loopback only)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Literal

import anyio

from tensorcost import AsyncTensorCost

from ._server import ServerConfig, TensorCostMCP

Transport = Literal["stdio", "http"]
HOST = "127.0.0.1"


def serve(
    client: AsyncTensorCost, config: ServerConfig, *, transport: Transport = "stdio", port: int = 8808
) -> None:
    """Serve until the client disconnects (stdio) or the process is stopped (http)."""
    app = TensorCostMCP(client, config)
    if transport == "stdio":
        anyio.run(_stdio, app)
    else:
        _http(app, port)


async def _stdio(app: TensorCostMCP) -> None:
    from mcp.server.stdio import stdio_server

    try:
        async with stdio_server() as (read, write):
            await app.server.run(read, write, app.server.create_initialization_options())
    finally:
        await app.client.close()


def _http(app: TensorCostMCP, port: int) -> None:
    import uvicorn
    from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
    from mcp.server.transport_security import TransportSecuritySettings
    from starlette.applications import Starlette
    from starlette.routing import Mount
    from starlette.types import Receive, Scope, Send

    manager = StreamableHTTPSessionManager(
        app=app.server,
        security_settings=TransportSecuritySettings(
            enable_dns_rebinding_protection=True,
            allowed_hosts=[f"{HOST}:{port}", f"localhost:{port}"],
            allowed_origins=[f"http://{HOST}:{port}", f"http://localhost:{port}"],
        ),
    )

    async def handle(scope: Scope, receive: Receive, send: Send) -> None:
        await manager.handle_request(scope, receive, send)

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        async with manager.run():
            yield
        await app.client.close()

    web = Starlette(routes=[Mount("/mcp", app=handle)], lifespan=lifespan)
    uvicorn.run(web, host=HOST, port=port, log_level="warning")
