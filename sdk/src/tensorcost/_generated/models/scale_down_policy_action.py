from __future__ import annotations

import json
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    parse_const,
    parse_int,
    parse_object,
)

T = TypeVar("T", bound="ScaleDownPolicyAction")
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "reduce_by_pct",
        "min_instances",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.type_ = parse_const("scale_down", d["type"])
        obj.reduce_by_pct = v if (v := d["reduce_by_pct"]).__class__ is int else parse_int(d["reduce_by_pct"])
        obj.min_instances = v if (v := d["min_instances"]).__class__ is int else parse_int(d["min_instances"])
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
