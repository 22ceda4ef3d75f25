from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_target_resource_type import (
    ActionTargetResourceType,
    check_action_target_resource_type,
)

T = TypeVar("T", bound="ActionTarget")


@_attrs_define
class ActionTarget:
    """What a queued action acts on."""

    resource_type: ActionTargetResourceType
    """ Kind of resource. """
    resource_id: str
    """ Its id (e.g. `gpu_...`, `key_...`, a model id or a tag value). """
    resource_name: None | str
    """ Display name, if it has one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type: str = self.resource_type

        resource_id = self.resource_id

        resource_name: None | str
        resource_name = self.resource_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_type": resource_type,
                "resource_id": resource_id,
                "resource_name": resource_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_type = check_action_target_resource_type(d.pop("resource_type"))

        resource_id = d.pop("resource_id")

        def _parse_resource_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_name = _parse_resource_name(d.pop("resource_name"))

        action_target = cls(
            resource_type=resource_type,
            resource_id=resource_id,
            resource_name=resource_name,
        )

        action_target.additional_properties = d
        return action_target

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
