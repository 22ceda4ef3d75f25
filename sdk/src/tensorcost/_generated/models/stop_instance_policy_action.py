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

T = TypeVar("T", bound="StopInstancePolicyAction")


@_attrs_define
class StopInstancePolicyAction:
    """Stop the matched GPU instances (through their agent or the cloud API)."""

    type_: Literal["stop_instance"]
    """ Always `stop_instance`. """
    grace_period_minutes: int
    """ Warning period between the owner's notice and the stop. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        grace_period_minutes = self.grace_period_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "grace_period_minutes": grace_period_minutes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["stop_instance"], d.pop("type"))
        if type_ != "stop_instance":
            raise ValueError(f"type must match const 'stop_instance', got '{type_}'")

        grace_period_minutes = d.pop("grace_period_minutes")

        stop_instance_policy_action = cls(
            type_=type_,
            grace_period_minutes=grace_period_minutes,
        )

        stop_instance_policy_action.additional_properties = d
        return stop_instance_policy_action

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
