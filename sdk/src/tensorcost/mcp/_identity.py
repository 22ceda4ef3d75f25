"""Who the server acts as: the tenant and role a token names.

The claims are read, not verified: the API verifies every request. They only decide which tools
the server offers (a wrong claim can offer a tool the API then refuses, never grant a right).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Identity:
    tenant_id: str | None
    role: str | None


def from_token(token: str) -> Identity:
    """The `tenantId` and `role` claims of a JWT; None for each one it lacks or cannot be read."""
    claims = _claims(token)
    tenant, role = claims.get("tenantId"), claims.get("role")
    return Identity(tenant if isinstance(tenant, str) else None, role if isinstance(role, str) else None)


def _claims(token: str) -> dict[str, Any]:
    parts = token.split(".")
    if len(parts) != 3:
        return {}
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (binascii.Error, ValueError):
        return {}
    return claims if isinstance(claims, dict) else {}
