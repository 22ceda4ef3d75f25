from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import money as _money
from ..models.source import SOURCE_VALUES, Source, check_source
from ..types import (
    model_repr,
    parse_float,
    parse_object,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="SourceCost")
_FIELDS: frozenset[str] = frozenset(
    {
        "source",
        "effective_cost",
        "billed_cost",
        "list_cost",
        "share",
    }
)


@_attrs_define(repr=False)
class SourceCost:
    """One source's cost in the window (FOCUS cost columns)."""

    source: Source
    """ Where spend comes from. """
    effective_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    billed_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    list_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    share: float
    """ This source's fraction of the window's total effective cost (0-1, rounded to 4 decimals). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        source: str = self.source

        effective_cost = self.effective_cost.to_dict()

        billed_cost = self.billed_cost.to_dict()

        list_cost = self.list_cost.to_dict()

        share = self.share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "effective_cost": effective_cost,
                "billed_cost": billed_cost,
                "list_cost": list_cost,
                "share": share,
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
        obj.source = (
            v if (v := d["source"]) in SOURCE_VALUES else check_source(d["source"], "SourceCost.source")
        )
        obj.effective_cost = _money.Money.from_dict(d["effective_cost"])
        obj.billed_cost = _money.Money.from_dict(d["billed_cost"])
        obj.list_cost = _money.Money.from_dict(d["list_cost"])
        obj.share = (
            v
            if (v := d["share"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["share"])
        )
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
