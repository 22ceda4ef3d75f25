from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import money as _money
from ..models import tag_cost as _tag_cost
from ..models import time_window as _time_window
from ..models.cost_tag_dimension import (
    COST_TAG_DIMENSION_VALUES,
    CostTagDimension,
    check_cost_tag_dimension,
)
from ..types import (
    MoneyAs,
    model_repr,
    notebook_hooks,
    parse_list,
    parse_object,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.tag_cost import TagCost
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="CostByTag")
_FIELDS: frozenset[str] = frozenset(
    {
        "window",
        "group_by",
        "currency",
        "total_effective_cost",
        "items",
    }
)


@_attrs_define(repr=False)
class CostByTag:
    """Cost for a window grouped by one allocation tag; the items (including `__unallocated__`) add up to
    `cost_get_summary` for the same window.

    """

    window: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    group_by: CostTagDimension
    """ An allocation tag to group cost by; each maps to the FOCUS custom column `x_<name>`. """
    currency: str
    """ Currency of every amount. """
    total_effective_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    items: list[TagCost]
    """ One entry per tag value, largest effective cost first, `__unallocated__` last. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        window = self.window.to_dict()

        group_by: str = self.group_by

        currency = self.currency

        total_effective_cost = self.total_effective_cost.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "window": window,
                "group_by": group_by,
                "currency": currency,
                "total_effective_cost": total_effective_cost,
                "items": items,
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
        obj.group_by = (
            v
            if (v := d["group_by"]) in COST_TAG_DIMENSION_VALUES
            else check_cost_tag_dimension(d["group_by"], "CostByTag.group_by")
        )
        obj.currency = v if (v := d["currency"]).__class__ is str else parse_str(d["currency"])
        obj.total_effective_cost = _money.Money.from_dict(d["total_effective_cost"])
        obj.items = parse_list(_tag_cost.TagCost.from_dict, d["items"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 5 else {}
        )
        return obj

    def __repr__(self) -> str:
        return model_repr(self)

    def _repr_html_(self) -> str:
        """This CostByTag as an HTML table (Jupyter shows it)."""
        return notebook_hooks().repr_html(self, "items")

    def to_pandas(self, *, money: MoneyAs = "float") -> Any:
        """A DataFrame with one row per item (needs `tensorcost[pandas]`); money as float64, or
        exact `Decimal`s with `money="decimal"`."""
        return notebook_hooks().to_pandas(self, "items", money)

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
