from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import budget_threshold as _budget_threshold
from ..models import money as _money
from ..models import time_window as _time_window
from ..types import (
    model_repr,
    parse_float,
    parse_object,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.budget_threshold import BudgetThreshold
    from ..models.money import Money
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="BudgetThresholdCrossedWebhookData")
_FIELDS: frozenset[str] = frozenset(
    {
        "budget_id",
        "budget_name",
        "threshold",
        "limit",
        "actual_spend",
        "forecasted_spend",
        "pct_budget_consumed",
        "period",
    }
)


@_attrs_define(repr=False)
class BudgetThresholdCrossedWebhookData:
    """A budget threshold that was crossed, with the budget's state at that moment."""

    budget_id: str
    """ The budget. Opaque string; ids start with `bud_`. """
    budget_name: str
    """ The budget's display name. """
    threshold: BudgetThreshold
    """ An alert threshold of a budget (after AWS Budgets notifications). """
    limit: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    actual_spend: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    forecasted_spend: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    pct_budget_consumed: float
    """ Actual spend as a percent of the limit. """
    period: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        budget_id = self.budget_id

        budget_name = self.budget_name

        threshold = self.threshold.to_dict()

        limit = self.limit.to_dict()

        actual_spend = self.actual_spend.to_dict()

        forecasted_spend = self.forecasted_spend.to_dict()

        pct_budget_consumed = self.pct_budget_consumed

        period = self.period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget_id": budget_id,
                "budget_name": budget_name,
                "threshold": threshold,
                "limit": limit,
                "actual_spend": actual_spend,
                "forecasted_spend": forecasted_spend,
                "pct_budget_consumed": pct_budget_consumed,
                "period": period,
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
        obj.budget_id = v if (v := d["budget_id"]).__class__ is str else parse_str(d["budget_id"])
        obj.budget_name = v if (v := d["budget_name"]).__class__ is str else parse_str(d["budget_name"])
        obj.threshold = _budget_threshold.BudgetThreshold.from_dict(d["threshold"])
        obj.limit = _money.Money.from_dict(d["limit"])
        obj.actual_spend = _money.Money.from_dict(d["actual_spend"])
        obj.forecasted_spend = _money.Money.from_dict(d["forecasted_spend"])
        obj.pct_budget_consumed = (
            v
            if (v := d["pct_budget_consumed"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["pct_budget_consumed"])
        )
        obj.period = _time_window.TimeWindow.from_dict(d["period"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 8 else {}
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
