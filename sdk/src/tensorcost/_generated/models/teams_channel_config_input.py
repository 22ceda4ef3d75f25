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

T = TypeVar("T", bound="TeamsChannelConfigInput")


@_attrs_define
class TeamsChannelConfigInput:
    """Microsoft Teams incoming-webhook (Workflows) settings, as sent when creating a channel."""

    type_: Literal["teams"]
    """ Always `teams`. """
    webhook_url: str
    """ The Teams incoming-webhook URL. A secret; never returned. """
    channel: str | Unset = UNSET
    """ The team and channel the webhook posts to, for display. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        webhook_url = self.webhook_url

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "webhook_url": webhook_url,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["teams"], d.pop("type"))
        if type_ != "teams":
            raise ValueError(f"type must match const 'teams', got '{type_}'")

        webhook_url = d.pop("webhook_url")

        channel = d.pop("channel", UNSET)

        teams_channel_config_input = cls(
            type_=type_,
            webhook_url=webhook_url,
            channel=channel,
        )

        teams_channel_config_input.additional_properties = d
        return teams_channel_config_input

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
