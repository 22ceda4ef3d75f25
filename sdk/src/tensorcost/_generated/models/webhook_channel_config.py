from __future__ import annotations

import json
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import (
    WebhookEventType,
    check_webhook_event_type,
)
from ..types import (
    model_repr,
    parse_const,
    parse_list,
    parse_object,
    parse_str,
)

T = TypeVar("T", bound="WebhookChannelConfig")
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "url",
        "event_types",
        "signing_secret_last4",
    }
)


@_attrs_define(repr=False)
class WebhookChannelConfig:
    """Webhook settings as returned; the signing secret is reduced to its last four characters."""

    type_: Literal["webhook"]
    """ Always `webhook`. """
    url: str
    """ The HTTPS endpoint events are POSTed to. """
    event_types: list[WebhookEventType]
    """ The events delivered; empty for all. """
    signing_secret_last4: str
    """ Last four characters of the stored signing secret. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        type_ = self.type_

        url = self.url

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item: str = event_types_item_data
            event_types.append(event_types_item)

        signing_secret_last4 = self.signing_secret_last4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
                "event_types": event_types,
                "signing_secret_last4": signing_secret_last4,
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
        obj.type_ = parse_const("webhook", d["type"])
        obj.url = v if (v := d["url"]).__class__ is str else parse_str(d["url"])
        obj.event_types = parse_list(check_webhook_event_type, d["event_types"])
        obj.signing_secret_last4 = (
            v if (v := d["signing_secret_last4"]).__class__ is str else parse_str(d["signing_secret_last4"])
        )
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
