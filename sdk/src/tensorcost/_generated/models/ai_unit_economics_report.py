from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import ai_unit_economics as _ai_unit_economics
from ..models import time_window as _time_window
from ..types import (
    model_repr,
    parse_list,
    parse_object,
)

if TYPE_CHECKING:
    from ..models.ai_unit_economics import AiUnitEconomics
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="AiUnitEconomicsReport")
_FIELDS: frozenset[str] = frozenset(
    {
        "window",
        "overall",
        "by_model",
    }
)


@_attrs_define(repr=False)
class AiUnitEconomicsReport:
    """Unit economics for a window, tenant-wide and per model."""

    window: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    overall: AiUnitEconomics
    """ Unit costs for a set of requests (the whole tenant when `model_id` is null, else one model).
    Per-1K prices are cost divided by tokens times 1000: the input price covers uncached input,
    cache writes and cache reads over all prompt tokens; the output price covers output tokens.
     """
    by_model: list[AiUnitEconomics]
    """ One row per model, highest cost first. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        window = self.window.to_dict()

        overall = self.overall.to_dict()

        by_model = []
        for by_model_item_data in self.by_model:
            by_model_item = by_model_item_data.to_dict()
            by_model.append(by_model_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "window": window,
                "overall": overall,
                "by_model": by_model,
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
        obj.window = _time_window.TimeWindow.from_dict(d["window"])
        obj.overall = _ai_unit_economics.AiUnitEconomics.from_dict(d["overall"])
        obj.by_model = parse_list(_ai_unit_economics.AiUnitEconomics.from_dict, d["by_model"])
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
