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

T = TypeVar("T", bound="PagerDutyChannelConfigInput")


@_attrs_define
class PagerDutyChannelConfigInput:
    """PagerDuty Events API v2 settings, as sent when creating a channel."""

    type_: Literal["pagerduty"]
    """ Always `pagerduty`. """
    routing_key: str
    """ The 32-character integration (routing) key of the PagerDuty service. A secret; never returned. """
    service_name: str | Unset = UNSET
    """ The PagerDuty service name, for display. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        routing_key = self.routing_key

        service_name = self.service_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "routing_key": routing_key,
            }
        )
        if service_name is not UNSET:
            field_dict["service_name"] = service_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["pagerduty"], d.pop("type"))
        if type_ != "pagerduty":
            raise ValueError(f"type must match const 'pagerduty', got '{type_}'")

        routing_key = d.pop("routing_key")

        service_name = d.pop("service_name", UNSET)

        pager_duty_channel_config_input = cls(
            type_=type_,
            routing_key=routing_key,
            service_name=service_name,
        )

        pager_duty_channel_config_input.additional_properties = d
        return pager_duty_channel_config_input

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
