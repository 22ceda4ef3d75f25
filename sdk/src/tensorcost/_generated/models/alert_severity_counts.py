from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import alert_counts as _alert_counts
from ..types import (
    model_repr,
    parse_object,
)

if TYPE_CHECKING:
    from ..models.alert_counts import AlertCounts


T = TypeVar("T", bound="AlertSeverityCounts")
_FIELDS: frozenset[str] = frozenset(
    {
        "critical",
        "error",
        "warning",
        "info",
    }
)


@_attrs_define(repr=False)
class AlertSeverityCounts:
    """Alert counts for each severity."""

    critical: AlertCounts
    """ Open and total alert counts. """
    error: AlertCounts
    """ Open and total alert counts. """
    warning: AlertCounts
    """ Open and total alert counts. """
    info: AlertCounts
    """ Open and total alert counts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        critical = self.critical.to_dict()

        error = self.error.to_dict()

        warning = self.warning.to_dict()

        info = self.info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "critical": critical,
                "error": error,
                "warning": warning,
                "info": info,
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
        obj = object.__new__(cls)
        obj.critical = _alert_counts.AlertCounts.from_dict(d["critical"])
        obj.error = _alert_counts.AlertCounts.from_dict(d["error"])
        obj.warning = _alert_counts.AlertCounts.from_dict(d["warning"])
        obj.info = _alert_counts.AlertCounts.from_dict(d["info"])
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
