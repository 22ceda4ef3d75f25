from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import budget_burn_rate as _budget_burn_rate
from ..models import budget_scope as _budget_scope
from ..models import budget_threshold as _budget_threshold
from ..models import money as _money
from ..models import time_window as _time_window
from ..models.budget_time_unit import (
    BUDGET_TIME_UNIT_VALUES,
    BudgetTimeUnit,
    check_budget_time_unit,
)
from ..types import (
    model_repr,
    parse_datetime,
    parse_list,
    parse_object,
    parse_str,
    parse_str_or_none,
)

if TYPE_CHECKING:
    from ..models.budget_burn_rate import BudgetBurnRate
    from ..models.budget_scope import BudgetScope
    from ..models.budget_threshold import BudgetThreshold
    from ..models.money import Money
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="Budget")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "parent_id",
        "children_ids",
        "limit",
        "time_unit",
        "current_period",
        "scope",
        "actual_spend",
        "forecasted_spend",
        "burn_rate",
        "thresholds",
        "created_at",
    }
)


@_attrs_define(repr=False)
class Budget:
    """A budget in the tenant's budget hierarchy, with its spend and burn rate in the current period."""

    id: str
    """ Budget id. Opaque string; ids start with `bud_`. """
    name: str
    """ Display name. """
    parent_id: None | str
    """ The parent budget; `null` for a root. Opaque string; ids start with `bud_`. """
    children_ids: list[str]
    """ The direct child budgets. """
    limit: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    time_unit: BudgetTimeUnit
    """ The budget period; spend resets at the start of each one (UTC calendar boundaries). """
    current_period: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    scope: BudgetScope
    """ Which cost counts against the budget. Empty lists and maps mean no restriction. """
    actual_spend: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    forecasted_spend: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    burn_rate: BudgetBurnRate
    """ How fast the budget is being spent in the current period. """
    thresholds: list[BudgetThreshold]
    """ Alert thresholds; crossing one emits a `budget.threshold_crossed` event. """
    created_at: datetime.datetime
    """ When the budget was created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        id = self.id

        name = self.name

        parent_id: None | str
        parent_id = self.parent_id

        children_ids = self.children_ids

        limit = self.limit.to_dict()

        time_unit: str = self.time_unit

        current_period = self.current_period.to_dict()

        scope = self.scope.to_dict()

        actual_spend = self.actual_spend.to_dict()

        forecasted_spend = self.forecasted_spend.to_dict()

        burn_rate = self.burn_rate.to_dict()

        thresholds = []
        for thresholds_item_data in self.thresholds:
            thresholds_item = thresholds_item_data.to_dict()
            thresholds.append(thresholds_item)

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "parent_id": parent_id,
                "children_ids": children_ids,
                "limit": limit,
                "time_unit": time_unit,
                "current_period": current_period,
                "scope": scope,
                "actual_spend": actual_spend,
                "forecasted_spend": forecasted_spend,
                "burn_rate": burn_rate,
                "thresholds": thresholds,
                "created_at": created_at,
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
        obj.id = v if (v := d["id"]).__class__ is str else parse_str(d["id"])
        obj.name = v if (v := d["name"]).__class__ is str else parse_str(d["name"])
        obj.parent_id = (
            v if (v := d["parent_id"]) is None or v.__class__ is str else parse_str_or_none(d["parent_id"])
        )
        obj.children_ids = parse_list(parse_str, d["children_ids"])
        obj.limit = _money.Money.from_dict(d["limit"])
        obj.time_unit = (
            v
            if (v := d["time_unit"]) in BUDGET_TIME_UNIT_VALUES
            else check_budget_time_unit(d["time_unit"], "Budget.time_unit")
        )
        obj.current_period = _time_window.TimeWindow.from_dict(d["current_period"])
        obj.scope = _budget_scope.BudgetScope.from_dict(d["scope"])
        obj.actual_spend = _money.Money.from_dict(d["actual_spend"])
        obj.forecasted_spend = _money.Money.from_dict(d["forecasted_spend"])
        obj.burn_rate = _budget_burn_rate.BudgetBurnRate.from_dict(d["burn_rate"])
        obj.thresholds = parse_list(_budget_threshold.BudgetThreshold.from_dict, d["thresholds"])
        obj.created_at = parse_datetime(d["created_at"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 13 else {}
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
