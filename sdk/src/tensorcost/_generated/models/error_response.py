from __future__ import annotations

import json
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import error_detail as _error_detail
from ..types import (
    UNSET,
    Unset,
    model_repr,
    parse_bool,
    parse_list,
    parse_object,
    parse_optional,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="ErrorResponse")
_FIELDS: frozenset[str] = frozenset(
    {
        "success",
        "error",
        "code",
        "trace_id",
        "details",
    }
)


@_attrs_define(repr=False)
class ErrorResponse:
    """The error envelope every failed request answers with."""

    success: bool
    """ Always `false` for an error. """
    error: str
    """ Human-readable message saying what went wrong and what to do. """
    code: str
    """ Machine-readable error code, e.g. `VALIDATION_FAILED`; see each response's description for the codes it
    uses. """
    trace_id: str
    """ Correlates with the OpenTelemetry trace; equals the `X-Request-Id` header. Quote it in support tickets. """
    details: list[ErrorDetail] | Unset = UNSET
    """ Field-level problems, for validation errors. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        success = self.success

        error = self.error

        code = self.code

        trace_id = self.trace_id

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "error": error,
                "code": code,
                "trace_id": trace_id,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

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
        obj.error = v if (v := d["error"]).__class__ is str else parse_str(d["error"])
        obj.code = v if (v := d["code"]).__class__ is str else parse_str(d["code"])
        obj.trace_id = v if (v := d["trace_id"]).__class__ is str else parse_str(d["trace_id"])
        obj.details = parse_optional(
            partial(parse_list, _error_detail.ErrorDetail.from_dict), d.get("details", UNSET)
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 4 else {}
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
