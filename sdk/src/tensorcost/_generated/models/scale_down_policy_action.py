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

T = TypeVar("T", bound="ScaleDownPolicyAction")


@_attrs_define
class ScaleDownPolicyAction:
    """Shrink the matched GPU autoscaling group or node pool."""

    type_: Literal["scale_down"]
    """ Always `scale_down`. """
    reduce_by_pct: int
    """ Percent of instances to remove. """
    min_instances: int
    """ Never go below this many instances. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        reduce_by_pct = self.reduce_by_pct

        min_instances = self.min_instances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "reduce_by_pct": reduce_by_pct,
                "min_instances": min_instances,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["scale_down"], d.pop("type"))
        if type_ != "scale_down":
            raise ValueError(f"type must match const 'scale_down', got '{type_}'")

        reduce_by_pct = d.pop("reduce_by_pct")

        min_instances = d.pop("min_instances")

        scale_down_policy_action = cls(
            type_=type_,
            reduce_by_pct=reduce_by_pct,
            min_instances=min_instances,
        )

        scale_down_policy_action.additional_properties = d
        return scale_down_policy_action

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
