"""Every tunable of the mock server, from keyword arguments, CLI flags or environment variables."""

from __future__ import annotations

import ipaddress
from datetime import datetime
from pathlib import Path
from typing import Self

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

#: The HS256 key of the mock's tokens. Public on purpose: the mock holds no real secrets.
DEFAULT_JWT_SECRET = "tensorcost-mock-hs256-signing-key-not-a-secret"
#: The header that carries ``control_token`` to ``/_mock``.
CONTROL_TOKEN_HEADER = "X-Mock-Control-Token"
#: The shortest JWT secret and control token accepted off loopback (RFC 7518 3.2: 256-bit HS256 keys).
MIN_SECRET_LENGTH = 32


def is_loopback_host(host: str) -> bool:
    """Whether binding ``host`` keeps the mock on this machine (``localhost``, 127.0.0.0/8, ``::1``)."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a name (or 0.0.0.0, ::): reachable from elsewhere


class MockSettings(BaseSettings):
    """Settings of one mock server; each field also reads ``TENSORCOST_MOCK_<FIELD>``."""

    model_config = SettingsConfigDict(env_prefix="TENSORCOST_MOCK_", extra="forbid")

    host: str = "127.0.0.1"
    port: int = 4010
    #: The OpenAPI file; None finds openapi/tensorcost.yaml in the source tree, else the wheel's copy.
    spec: Path | None = None
    #: Seed of the deterministic fixtures: the same seed and clock give the same data.
    seed: int = 42
    #: Start the clock at this instant (UTC) instead of the real time.
    now: datetime | None = None
    #: Keep the clock still (it moves only through POST /_mock/clock); tests use this.
    freeze_clock: bool = False
    #: While the clock runs, bring every tenant up to it this often (seconds; 0: only on requests
    #: and clock moves). Alerts open and webhooks go out with no request to prompt them.
    pulse_seconds: float = Field(default=1.0, ge=0)
    #: Requests per minute for every tenant, overriding the tier's limit (1,000 or 10,000).
    rate_limit: int | None = None
    #: Validate every response against the spec; a violation becomes a 500 MOCK_CONTRACT_VIOLATION.
    strict: bool = True
    jwt_secret: str = DEFAULT_JWT_SECRET
    access_token_ttl_seconds: int = 900
    refresh_token_ttl_seconds: int = 30 * 24 * 3600
    log_level: str = "warning"
    #: Loopback ports webhook deliveries may go to (``--allow-webhook-port``); none by default.
    #: The mock's own port and ``/_mock`` paths are refused whatever this says.
    allow_webhook_ports: list[int] = []
    #: Serve the ``/_mock`` control surface (reset, clock, faults, tokens); off: it answers 404.
    control: bool = True
    #: Required in ``X-Mock-Control-Token`` by ``/_mock`` when set; required off loopback.
    control_token: str | None = None

    @property
    def exposed(self) -> bool:
        """Bound to an address other machines may reach."""
        return not is_loopback_host(self.host)

    @model_validator(mode="after")
    def _safe_off_loopback(self) -> Self:
        """Off loopback, the tokens must not be signed with the published key and ``/_mock`` (which
        mints tokens and resets every tenant) needs a token, or must be off."""
        if not self.exposed:
            return self
        if self.jwt_secret == DEFAULT_JWT_SECRET or len(self.jwt_secret) < MIN_SECRET_LENGTH:
            raise ValueError(
                f"host {self.host} is reachable from other machines: set a private --jwt-secret of at least "
                f"{MIN_SECRET_LENGTH} characters (the default one is published, anyone could sign tokens with it)"
            )
        if self.control and (self.control_token is None or len(self.control_token) < MIN_SECRET_LENGTH):
            raise ValueError(
                f"host {self.host} is reachable from other machines: the /_mock control surface needs "
                f"--control-token (or TENSORCOST_MOCK_CONTROL_TOKEN) of at least {MIN_SECRET_LENGTH} "
                "characters, or --no-control"
            )
        return self
