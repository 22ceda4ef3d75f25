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

T = TypeVar("T", bound="WebhookChannelConfig")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["webhook"], d.pop("type"))
        if type_ != "webhook":
            raise ValueError(f"type must match const 'webhook', got '{type_}'")

        url = d.pop("url")

        event_types = []
        _event_types = d.pop("event_types")
        for event_types_item_data in _event_types:
            event_types_item = check_webhook_event_type(event_types_item_data)

            event_types.append(event_types_item)

        signing_secret_last4 = d.pop("signing_secret_last4")

        webhook_channel_config = cls(
            type_=type_,
            url=url,
            event_types=event_types,
            signing_secret_last4=signing_secret_last4,
        )

        webhook_channel_config.additional_properties = d
        return webhook_channel_config

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
