"""Request builder of `enforcement_list_policies`: GET `/v1/enforcement/policies`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from ...types import UNSET, Unset

# The models appear in annotations only (`_get_kwargs` calls a body's `to_dict`).
if TYPE_CHECKING:
    from ...models.policy_mode import PolicyMode


def _get_kwargs(
    *,
    mode: PolicyMode | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    params: dict[str, Any] = {}

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode

    params["mode"] = json_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/enforcement/policies",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
