"""Request builder of `alert_ignore_alert`: PATCH `/v1/alert/alerts/{id}/ignore`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

from ...types import UNSET, Unset

# The models appear in annotations only (`_get_kwargs` calls a body's `to_dict`).
if TYPE_CHECKING:
    from ...models.ignore_alert_request import IgnoreAlertRequest


def _get_kwargs(
    id: str,
    *,
    body: IgnoreAlertRequest | Unset = UNSET,
    x_active_tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_active_tenant_id, Unset):
        headers["X-Active-Tenant-Id"] = x_active_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/alert/alerts/{id}/ignore".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
