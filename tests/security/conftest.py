"""The workflow fixtures (isolated user, mock server on loopback, in-process CLI) for the gate's promises."""

from workflows.conftest import _isolated_user, api_env, cli, mock

__all__ = ["_isolated_user", "api_env", "cli", "mock"]
