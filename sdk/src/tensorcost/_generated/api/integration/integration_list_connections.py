"""Request builder of `integration_list_connections`: GET `/v1/integration/connections`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from ...types import UNSET, Unset

# The models appear in annotations only (`_get_kwargs` calls a body's `to_dict`).
if TYPE_CHECKING:
    from ...models.connection_provider import ConnectionProvider
    from ...models.connection_status import ConnectionStatus


def _get_kwargs(
    *,
    provider: ConnectionProvider | Unset = UNSET,
    status: ConnectionStatus | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/integration/connections",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
