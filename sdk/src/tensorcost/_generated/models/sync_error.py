from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    parse_bool,
    parse_object,
    parse_str,
)

T = TypeVar("T", bound="SyncError")
_FIELDS: frozenset[str] = frozenset(
    {
        "code",
        "message",
        "retryable",
    }
)


@_attrs_define(repr=False)
class SyncError:
    """Why a sync step failed."""

    code: str
    """ Machine-readable cause, e.g. `ACCESS_DENIED`, `THROTTLED`, `EXPORT_NOT_FOUND`. """
    message: str
    """ What went wrong and what to fix. """
    retryable: bool
    """ Whether the next scheduled sync may succeed without changes on your side. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        code = self.code

        message = self.message

        retryable = self.retryable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "retryable": retryable,
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
        obj.code = v if (v := d["code"]).__class__ is str else parse_str(d["code"])
        obj.message = v if (v := d["message"]).__class__ is str else parse_str(d["message"])
        obj.retryable = v if (v := d["retryable"]).__class__ is bool else parse_bool(d["retryable"])
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
