from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import money as _money
from ..types import (
    model_repr,
    parse_date,
    parse_float,
    parse_nullable,
    parse_object,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="BudgetBurnRate")
_FIELDS: frozenset[str] = frozenset(
    {
        "daily_avg",
        "pct_period_elapsed",
        "pct_budget_consumed",
        "projected_exhaustion_date",
    }
)


@_attrs_define(repr=False)
class BudgetBurnRate:
    """How fast the budget is being spent in the current period."""

    daily_avg: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    pct_period_elapsed: float
    """ Percent of the current period that has elapsed. """
    pct_budget_consumed: float
    """ Actual spend as a percent of the limit; above 100 when overspent. """
    projected_exhaustion_date: datetime.date | None
    """ The UTC date on which spend reaches the limit at the current daily average; `null` if it will not within the
    period. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        daily_avg = self.daily_avg.to_dict()

        pct_period_elapsed = self.pct_period_elapsed

        pct_budget_consumed = self.pct_budget_consumed

        projected_exhaustion_date: None | str
        if isinstance(self.projected_exhaustion_date, datetime.date):
            projected_exhaustion_date = self.projected_exhaustion_date.isoformat()
        else:
            projected_exhaustion_date = self.projected_exhaustion_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "daily_avg": daily_avg,
                "pct_period_elapsed": pct_period_elapsed,
                "pct_budget_consumed": pct_budget_consumed,
                "projected_exhaustion_date": projected_exhaustion_date,
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
        obj.daily_avg = _money.Money.from_dict(d["daily_avg"])
        obj.pct_period_elapsed = (
            v
            if (v := d["pct_period_elapsed"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["pct_period_elapsed"])
        )
        obj.pct_budget_consumed = (
            v
            if (v := d["pct_budget_consumed"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["pct_budget_consumed"])
        )
        obj.projected_exhaustion_date = parse_nullable(parse_date, d["projected_exhaustion_date"])
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
