from __future__ import annotations

import json
from collections.abc import Mapping
from functools import partial
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
    UNSET,
    Unset,
    model_repr,
    parse_const,
    parse_list,
    parse_object,
    parse_optional,
    parse_str,
)

T = TypeVar("T", bound="WebhookChannelConfigInput")
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "url",
        "signing_secret",
        "event_types",
    }
)


@_attrs_define(repr=False)
class WebhookChannelConfigInput:
    """Settings of a signed HTTPS webhook, as sent when creating a channel."""

    type_: Literal["webhook"]
    """ Always `webhook`. """
    url: str
    """ The HTTPS endpoint events are POSTed to. """
    signing_secret: str
    """ Secret for the HMAC-SHA256 `X-TensorCost-Signature` header (see the `webhooks`
    section). Generate at least 32 random characters. A secret; never returned.
     """
    event_types: list[WebhookEventType] | Unset = UNSET
    """ The events to deliver; omit or leave empty for all. `notification.test` is always delivered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        type_ = self.type_

        url = self.url

        signing_secret = self.signing_secret

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = []
            for event_types_item_data in self.event_types:
                event_types_item: str = event_types_item_data
                event_types.append(event_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
                "signing_secret": signing_secret,
            }
        )
        if event_types is not UNSET:
            field_dict["event_types"] = event_types

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
        obj.signing_secret = (
            v if (v := d["signing_secret"]).__class__ is str else parse_str(d["signing_secret"])
        )
        obj.event_types = parse_optional(
            partial(parse_list, check_webhook_event_type), d.get("event_types", UNSET)
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 3 else {}
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
