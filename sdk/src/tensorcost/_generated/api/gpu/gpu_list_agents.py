"""Request builder of `gpu_list_agents`: GET `/v1/gpu/agents`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from ...types import UNSET, Unset

# The models appear in annotations only (`_get_kwargs` calls a body's `to_dict`).
if TYPE_CHECKING:
    pass


def _get_kwargs(
    *,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gpu/agents",
    }

    _kwargs["headers"] = headers
    return _kwargs
