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

T = TypeVar("T", bound="EmailChannelConfig")


@_attrs_define
class EmailChannelConfig:
    """Email settings (no secrets, so the same shape is sent and returned)."""

    type_: Literal["email"]
    """ Always `email`. """
    recipients: list[str]
    """ Addresses that receive the notifications. """
    subject_prefix: str | Unset = UNSET
    """ Text put before every subject line. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        recipients = self.recipients

        subject_prefix = self.subject_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "recipients": recipients,
            }
        )
        if subject_prefix is not UNSET:
            field_dict["subject_prefix"] = subject_prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["email"], d.pop("type"))
        if type_ != "email":
            raise ValueError(f"type must match const 'email', got '{type_}'")

        recipients = cast(list[str], d.pop("recipients"))

        subject_prefix = d.pop("subject_prefix", UNSET)

        email_channel_config = cls(
            type_=type_,
            recipients=recipients,
            subject_prefix=subject_prefix,
        )

        email_channel_config.additional_properties = d
        return email_channel_config

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
