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

T = TypeVar("T", bound="BlockModelPolicyAction")


@_attrs_define
class BlockModelPolicyAction:
    """Refuse calls to models for the matched scope."""

    type_: Literal["block_model"]
    """ Always `block_model`. """
    model_ids: list[str]
    """ Models to block, as the provider names them. """
    duration_minutes: int | None | Unset = UNSET
    """ How long the block stays; null until lifted by hand. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        model_ids = self.model_ids

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
                "model_ids": model_ids,
            }
        )
        if duration_minutes is not UNSET:
            field_dict["duration_minutes"] = duration_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["block_model"], d.pop("type"))
        if type_ != "block_model":
            raise ValueError(f"type must match const 'block_model', got '{type_}'")

        model_ids = cast(list[str], d.pop("model_ids"))

        def _parse_duration_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_minutes = _parse_duration_minutes(d.pop("duration_minutes", UNSET))

        block_model_policy_action = cls(
            type_=type_,
            model_ids=model_ids,
            duration_minutes=duration_minutes,
        )

        block_model_policy_action.additional_properties = d
        return block_model_policy_action

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
