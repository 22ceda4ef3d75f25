from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_target_resource_type import (
    ACTION_TARGET_RESOURCE_TYPE_VALUES,
    ActionTargetResourceType,
    check_action_target_resource_type,
)
from ..types import (
    model_repr,
    parse_object,
    parse_str,
    parse_str_or_none,
)

T = TypeVar("T", bound="ActionTarget")
_FIELDS: frozenset[str] = frozenset(
    {
        "resource_type",
        "resource_id",
        "resource_name",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.resource_type = (
            v
            if (v := d["resource_type"]) in ACTION_TARGET_RESOURCE_TYPE_VALUES
            else check_action_target_resource_type(d["resource_type"], "ActionTarget.resource_type")
        )
        obj.resource_id = v if (v := d["resource_id"]).__class__ is str else parse_str(d["resource_id"])
        obj.resource_name = (
            v
            if (v := d["resource_name"]) is None or v.__class__ is str
            else parse_str_or_none(d["resource_name"])
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 3 else {}
        )
        return obj

    def __repr__(self) -> str:
        return model_repr(self)

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
