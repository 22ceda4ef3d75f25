"""Request builder of `gpu_list_instances`: GET `/v1/gpu/instances`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from ...types import UNSET, Unset

# The models appear in annotations only (`_get_kwargs` calls a body's `to_dict`).
if TYPE_CHECKING:
    from ...models.instance_state import InstanceState


def _get_kwargs(
    *,
    state: InstanceState | Unset = UNSET,
    instance_type: str | Unset = UNSET,
    gpu_type: str | Unset = UNSET,
    region: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    params: dict[str, Any] = {}

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state

    params["state"] = json_state

    params["instance_type"] = instance_type

    params["gpu_type"] = gpu_type

    params["region"] = region

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gpu/instances",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
