from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    integration_sync_failed_webhook_data as _integration_sync_failed_webhook_data,
)
from ..types import (
    model_repr,
    parse_const,
    parse_datetime,
    parse_object,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.integration_sync_failed_webhook_data import (
        IntegrationSyncFailedWebhookData,
    )


T = TypeVar("T", bound="IntegrationSyncFailedEvent")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "created",
        "data",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.id = v if (v := d["id"]).__class__ is str else parse_str(d["id"])
        obj.type_ = parse_const("integration.sync_failed", d["type"])
        obj.created = parse_datetime(d["created"])
        obj.data = _integration_sync_failed_webhook_data.IntegrationSyncFailedWebhookData.from_dict(d["data"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 4 else {}
        )
        return obj

    def __repr__(self) -> str:
        return model_repr(self)

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
