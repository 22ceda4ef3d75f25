"""Every tunable of the mock server, from keyword arguments, CLI flags or environment variables."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

#: The HS256 key of the mock's tokens. Public on purpose: the mock holds no real secrets.
DEFAULT_JWT_SECRET = "tensorcost-mock-hs256-signing-key-not-a-secret"


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
    #: Requests per minute for every tenant, overriding the tier's limit (1,000 or 10,000).
    rate_limit: int | None = None
    #: Validate every response against the spec; a violation becomes a 500 MOCK_CONTRACT_VIOLATION.
    strict: bool = True
    jwt_secret: str = DEFAULT_JWT_SECRET
    access_token_ttl_seconds: int = 900
    refresh_token_ttl_seconds: int = 30 * 24 * 3600
    log_level: str = "warning"
