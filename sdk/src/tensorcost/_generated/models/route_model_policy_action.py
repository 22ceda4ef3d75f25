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

T = TypeVar("T", bound="RouteModelPolicyAction")


@_attrs_define
class RouteModelPolicyAction:
    """Send part of the traffic for one model to another (usually cheaper) model."""

    type_: Literal["route_model"]
    """ Always `route_model`. """
    from_model_id: str
    """ Model the traffic is taken from. """
    to_model_id: str
    """ Model the traffic is sent to. """
    traffic_share: float
    """ Fraction of the matched traffic to reroute (0-1, like `traffic_share` in routing recommendations). """
    duration_minutes: int | None | Unset = UNSET
    """ How long the routing stays; null until lifted by hand. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        from_model_id = self.from_model_id

        to_model_id = self.to_model_id

        traffic_share = self.traffic_share

        duration_minutes: int | None | Unset
        if isinstance(self.duration_minutes, Unset):
            duration_minutes = UNSET
        else:
            duration_minutes = self.duration_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "from_model_id": from_model_id,
                "to_model_id": to_model_id,
                "traffic_share": traffic_share,
            }
        )
        if duration_minutes is not UNSET:
            field_dict["duration_minutes"] = duration_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["route_model"], d.pop("type"))
        if type_ != "route_model":
            raise ValueError(f"type must match const 'route_model', got '{type_}'")

        from_model_id = d.pop("from_model_id")

        to_model_id = d.pop("to_model_id")

        traffic_share = d.pop("traffic_share")

        def _parse_duration_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_minutes = _parse_duration_minutes(d.pop("duration_minutes", UNSET))

        route_model_policy_action = cls(
            type_=type_,
            from_model_id=from_model_id,
            to_model_id=to_model_id,
            traffic_share=traffic_share,
            duration_minutes=duration_minutes,
        )

        route_model_policy_action.additional_properties = d
        return route_model_policy_action

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
