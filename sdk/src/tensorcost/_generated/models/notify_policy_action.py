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

T = TypeVar("T", bound="NotifyPolicyAction")


@_attrs_define
class NotifyPolicyAction:
    """Send a notification to channels."""

    type_: Literal["notify"]
    """ Always `notify`. """
    channel_ids: list[str]
    """ Channels to notify. Each must be a channel of this tenant (see `notification_list_channels`); an unknown id
    is a 400 `VALIDATION_FAILED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        channel_ids = self.channel_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "channel_ids": channel_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["notify"], d.pop("type"))
        if type_ != "notify":
            raise ValueError(f"type must match const 'notify', got '{type_}'")

        channel_ids = cast(list[str], d.pop("channel_ids"))

        notify_policy_action = cls(
            type_=type_,
            channel_ids=channel_ids,
        )

        notify_policy_action.additional_properties = d
        return notify_policy_action

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
