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

from ..types import UNSET, Unset

T = TypeVar("T", bound="SlackChannelConfig")


@_attrs_define
class SlackChannelConfig:
    """Slack settings as returned; the webhook URL is reduced to its last four characters."""

    type_: Literal["slack"]
    """ Always `slack`. """
    webhook_url_last4: str
    """ Last four characters of the stored webhook URL. """
    channel: str | Unset = UNSET
    """ The Slack channel, for display. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        webhook_url_last4 = self.webhook_url_last4

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "webhook_url_last4": webhook_url_last4,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["slack"], d.pop("type"))
        if type_ != "slack":
            raise ValueError(f"type must match const 'slack', got '{type_}'")

        webhook_url_last4 = d.pop("webhook_url_last4")

        channel = d.pop("channel", UNSET)

        slack_channel_config = cls(
            type_=type_,
            webhook_url_last4=webhook_url_last4,
            channel=channel,
        )

        slack_channel_config.additional_properties = d
        return slack_channel_config

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
