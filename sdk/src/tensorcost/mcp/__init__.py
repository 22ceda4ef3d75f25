"""`tensorcost mcp`: the TensorCost API as MCP tools for AI agents (`pip install './sdk[mcp]'`).

Tools come from the spec (one per operation, or three in the dynamic mode), bound to one tenant
and guarded by scope and role. See docs/mcp.md.
"""

from __future__ import annotations

from ._serve import serve
from ._server import ServerConfig, TensorCostMCP
from ._tools import Selection

__all__ = ["Selection", "ServerConfig", "TensorCostMCP", "serve"]
