from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    parse_datetime,
    parse_object,
    parse_str,
    parse_str_or_none,
)

T = TypeVar("T", bound="RecommendationDismissal")
_FIELDS: frozenset[str] = frozenset(
    {
        "reason",
        "comment",
        "dismissed_at",
        "dismissed_by",
    }
)


@_attrs_define(repr=False)
class RecommendationDismissal:
    """Why and by whom a recommendation was dismissed."""

    reason: str
    """ The reason given with the dismissal, as sent. """
    comment: None | str
    """ Free-text comment given with the dismissal. """
    dismissed_at: datetime.datetime
    """ When it was dismissed. """
    dismissed_by: str
    """ Email address of the user who dismissed it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        reason = self.reason

        comment: None | str
        comment = self.comment

        dismissed_at = self.dismissed_at.isoformat()

        dismissed_by = self.dismissed_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "comment": comment,
                "dismissed_at": dismissed_at,
                "dismissed_by": dismissed_by,
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
        obj.reason = v if (v := d["reason"]).__class__ is str else parse_str(d["reason"])
        obj.comment = (
            v if (v := d["comment"]) is None or v.__class__ is str else parse_str_or_none(d["comment"])
        )
        obj.dismissed_at = parse_datetime(d["dismissed_at"])
        obj.dismissed_by = v if (v := d["dismissed_by"]).__class__ is str else parse_str(d["dismissed_by"])
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
