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

T = TypeVar("T", bound="ThrottlePolicyAction")


@_attrs_define
class ThrottlePolicyAction:
    """Cap the request and token rate of the matched application, agent or key at the gateway."""

    type_: Literal["throttle"]
    """ Always `throttle`. """
    max_requests_per_minute: int
    """ Request-rate cap. """
    max_tokens_per_minute: int | None | Unset = UNSET
    """ Token-rate cap (input plus output); null for none. """
    duration_minutes: int | None | Unset = UNSET
    """ How long the cap stays; null until lifted by hand. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        max_requests_per_minute = self.max_requests_per_minute

        max_tokens_per_minute: int | None | Unset
        if isinstance(self.max_tokens_per_minute, Unset):
            max_tokens_per_minute = UNSET
        else:
            max_tokens_per_minute = self.max_tokens_per_minute

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
                "max_requests_per_minute": max_requests_per_minute,
            }
        )
        if max_tokens_per_minute is not UNSET:
            field_dict["max_tokens_per_minute"] = max_tokens_per_minute
        if duration_minutes is not UNSET:
            field_dict["duration_minutes"] = duration_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["throttle"], d.pop("type"))
        if type_ != "throttle":
            raise ValueError(f"type must match const 'throttle', got '{type_}'")

        max_requests_per_minute = d.pop("max_requests_per_minute")

        def _parse_max_tokens_per_minute(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_tokens_per_minute = _parse_max_tokens_per_minute(
            d.pop("max_tokens_per_minute", UNSET)
        )

        def _parse_duration_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_minutes = _parse_duration_minutes(d.pop("duration_minutes", UNSET))

        throttle_policy_action = cls(
            type_=type_,
            max_requests_per_minute=max_requests_per_minute,
            max_tokens_per_minute=max_tokens_per_minute,
            duration_minutes=duration_minutes,
        )

        throttle_policy_action.additional_properties = d
        return throttle_policy_action

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
