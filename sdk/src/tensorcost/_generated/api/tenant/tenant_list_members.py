"""Request builder of `tenant_list_members`: GET `/v1/tenant/members`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from ...types import UNSET, Unset

# The models appear in annotations only (`_get_kwargs` calls a body's `to_dict`).
if TYPE_CHECKING:
    from ...models.member_status import MemberStatus
    from ...models.role import Role


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    role: Role | Unset = UNSET,
    status: MemberStatus | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_role: str | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = role

    params["role"] = json_role

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/tenant/members",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
