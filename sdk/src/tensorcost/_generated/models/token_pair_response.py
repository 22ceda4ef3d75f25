from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import token_pair as _token_pair
from ..types import (
    UNSET,
    Unset,
    model_repr,
    parse_bool,
    parse_int,
    parse_object,
    parse_optional,
)

if TYPE_CHECKING:
    from ..models.token_pair import TokenPair


T = TypeVar("T", bound="TokenPairResponse")
_FIELDS: frozenset[str] = frozenset(
    {
        "success",
        "data",
        "count",
    }
)


@_attrs_define(repr=False)
class TokenPairResponse:
    """Envelope of `auth_refresh_tokens`."""

    success: bool
    """ Always `true`. """
    data: TokenPair
    """ An access token and the refresh token that renews it (camelCase, as the API reference documents it). """
    count: int | Unset = UNSET
    """ Number of items in `data` (1). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        success = self.success

        data = self.data.to_dict()

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

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
        obj.success = v if (v := d["success"]).__class__ is bool else parse_bool(d["success"])
        obj.data = _token_pair.TokenPair.from_dict(d["data"])
        obj.count = (
            v
            if (v := d.get("count", UNSET)) is UNSET or v.__class__ is int
            else parse_optional(parse_int, d.get("count", UNSET))
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
