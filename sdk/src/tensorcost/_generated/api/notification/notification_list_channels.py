"""Request builder of `notification_list_channels`: GET `/v1/notification/channels`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from ...types import UNSET, Unset

# The models appear in annotations only (`_get_kwargs` calls a body's `to_dict`).
if TYPE_CHECKING:
    from ...models.notification_channel_type import NotificationChannelType


def _get_kwargs(
    *,
    type_: NotificationChannelType | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/notification/channels",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
