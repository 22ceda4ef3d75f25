from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import audit_event as _audit_event
from ..types import (
    UNSET,
    ResultList,
    Unset,
    model_repr,
    parse_bool,
    parse_int,
    parse_object,
    parse_optional,
    parse_result_list,
    parse_str_or_none,
)

if TYPE_CHECKING:
    from ..models.audit_event import AuditEvent


T = TypeVar("T", bound="AuditEventListResponse")
_FIELDS: frozenset[str] = frozenset(
    {
        "success",
        "data",
        "next_cursor",
        "count",
    }
)


@_attrs_define(repr=False)
class AuditEventListResponse:
    """Envelope of `identity_list_audit_events`."""

    success: bool
    """ Always `true`. """
    data: ResultList[AuditEvent]
    """ Audit events, newest first. """
    next_cursor: None | str
    """ Cursor for the next page; `null` on the last page. """
    count: int | Unset = UNSET
    """ Number of events in this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
                "next_cursor": next_cursor,
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
        obj.data = parse_result_list(_audit_event.AuditEvent.from_dict, d["data"])
        obj.next_cursor = (
            v
            if (v := d["next_cursor"]) is None or v.__class__ is str
            else parse_str_or_none(d["next_cursor"])
        )
        obj.count = (
            v
            if (v := d.get("count", UNSET)) is UNSET or v.__class__ is int
            else parse_optional(parse_int, d.get("count", UNSET))
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
