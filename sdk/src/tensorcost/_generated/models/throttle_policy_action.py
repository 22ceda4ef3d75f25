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
    UNSET,
    Unset,
    model_repr,
    parse_const,
    parse_int,
    parse_object,
    parse_optional_nullable,
)

T = TypeVar("T", bound="ThrottlePolicyAction")
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "max_requests_per_minute",
        "max_tokens_per_minute",
        "duration_minutes",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.type_ = parse_const("throttle", d["type"])
        obj.max_requests_per_minute = (
            v
            if (v := d["max_requests_per_minute"]).__class__ is int
            else parse_int(d["max_requests_per_minute"])
        )
        obj.max_tokens_per_minute = (
            v
            if (v := d.get("max_tokens_per_minute", UNSET)) is UNSET or v is None or v.__class__ is int
            else parse_optional_nullable(parse_int, d.get("max_tokens_per_minute", UNSET))
        )
        obj.duration_minutes = (
            v
            if (v := d.get("duration_minutes", UNSET)) is UNSET or v is None or v.__class__ is int
            else parse_optional_nullable(parse_int, d.get("duration_minutes", UNSET))
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 2 else {}
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
