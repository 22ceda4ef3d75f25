from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.integration_sync_failed_webhook_data import (
        IntegrationSyncFailedWebhookData,
    )


T = TypeVar("T", bound="IntegrationSyncFailedEvent")


@_attrs_define
class IntegrationSyncFailedEvent:
    """Webhook event `integration.sync_failed`: An ingestion sync of a connection failed."""

    id: str
    """ Event id; the same on every delivery attempt, so receivers can deduplicate. Opaque string; ids start with
    `evt_`. """
    type_: Literal["integration.sync_failed"]
    """ Always `integration.sync_failed`. """
    created: datetime.datetime
    """ When the event happened. """
    data: IntegrationSyncFailedWebhookData
    """ A failed ingestion sync of a connection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        created = self.created.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "created": created,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_sync_failed_webhook_data import (
            IntegrationSyncFailedWebhookData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["integration.sync_failed"], d.pop("type"))
        if type_ != "integration.sync_failed":
            raise ValueError(
                f"type must match const 'integration.sync_failed', got '{type_}'"
            )

        created = datetime.datetime.fromisoformat(d.pop("created"))

        data = IntegrationSyncFailedWebhookData.from_dict(d.pop("data"))

        integration_sync_failed_event = cls(
            id=id,
            type_=type_,
            created=created,
            data=data,
        )

        integration_sync_failed_event.additional_properties = d
        return integration_sync_failed_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
