from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExportDelivery")


@_attrs_define
class ExportDelivery:
    """Where a scheduled export is sent; at least one email address or channel in total."""

    emails: list[str]
    """ Addresses that receive the file as an attachment. """
    channel_ids: list[str]
    """ Notification channels that receive a download link. Each must be a channel of this tenant (see
    `notification_list_channels`); an unknown id is a 400 `VALIDATION_FAILED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails

        channel_ids = self.channel_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
                "channel_ids": channel_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        emails = cast(list[str], d.pop("emails"))

        channel_ids = cast(list[str], d.pop("channel_ids"))

        export_delivery = cls(
            emails=emails,
            channel_ids=channel_ids,
        )

        export_delivery.additional_properties = d
        return export_delivery

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
