from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import alert_severity_counts as _alert_severity_counts
from ..models import alert_type_count as _alert_type_count
from ..models import time_window as _time_window
from ..types import (
    model_repr,
    parse_int,
    parse_list,
    parse_object,
)

if TYPE_CHECKING:
    from ..models.alert_severity_counts import AlertSeverityCounts
    from ..models.alert_type_count import AlertTypeCount
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="AlertsSummary")
_FIELDS: frozenset[str] = frozenset(
    {
        "window",
        "open",
        "total",
        "by_severity",
        "by_type",
    }
)


@_attrs_define(repr=False)
class AlertsSummary:
    """Alert counts for a window; `by_severity` and `by_type` each add up to `open` and `total`."""

    window: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    open_: int
    """ Alerts triggered in the window that are still open. """
    total: int
    """ Alerts triggered in the window. """
    by_severity: AlertSeverityCounts
    """ Alert counts for each severity. """
    by_type: list[AlertTypeCount]
    """ Counts per alert type, largest `total` first; types with no alerts are left out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        window = self.window.to_dict()

        open_ = self.open_

        total = self.total

        by_severity = self.by_severity.to_dict()

        by_type = []
        for by_type_item_data in self.by_type:
            by_type_item = by_type_item_data.to_dict()
            by_type.append(by_type_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "window": window,
                "open": open_,
                "total": total,
                "by_severity": by_severity,
                "by_type": by_type,
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
        obj.window = _time_window.TimeWindow.from_dict(d["window"])
        obj.open_ = v if (v := d["open"]).__class__ is int else parse_int(d["open"])
        obj.total = v if (v := d["total"]).__class__ is int else parse_int(d["total"])
        obj.by_severity = _alert_severity_counts.AlertSeverityCounts.from_dict(d["by_severity"])
        obj.by_type = parse_list(_alert_type_count.AlertTypeCount.from_dict, d["by_type"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 5 else {}
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
