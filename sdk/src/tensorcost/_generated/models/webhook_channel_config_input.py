from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType, check_webhook_event_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookChannelConfigInput")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["webhook"], d.pop("type"))
        if type_ != "webhook":
            raise ValueError(f"type must match const 'webhook', got '{type_}'")

        url = d.pop("url")

        signing_secret = d.pop("signing_secret")

        _event_types = d.pop("event_types", UNSET)
        event_types: list[WebhookEventType] | Unset = UNSET
        if _event_types is not UNSET:
            event_types = []
            for event_types_item_data in _event_types:
                event_types_item = check_webhook_event_type(event_types_item_data)

                event_types.append(event_types_item)

        webhook_channel_config_input = cls(
            type_=type_,
            url=url,
            signing_secret=signing_secret,
            event_types=event_types,
        )

        webhook_channel_config_input.additional_properties = d
        return webhook_channel_config_input

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
