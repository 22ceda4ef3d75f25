from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.budget_time_unit import BudgetTimeUnit, check_budget_time_unit

if TYPE_CHECKING:
    from ..models.budget_burn_rate import BudgetBurnRate
    from ..models.budget_scope import BudgetScope
    from ..models.budget_threshold import BudgetThreshold
    from ..models.money import Money
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="Budget")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.budget_burn_rate import BudgetBurnRate  # noqa: PLC0415
        from ..models.budget_scope import BudgetScope  # noqa: PLC0415
        from ..models.budget_threshold import BudgetThreshold  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415
        from ..models.time_window import TimeWindow  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_parent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        children_ids = cast(list[str], d.pop("children_ids"))

        limit = Money.from_dict(d.pop("limit"))

        time_unit = check_budget_time_unit(d.pop("time_unit"))

        current_period = TimeWindow.from_dict(d.pop("current_period"))

        scope = BudgetScope.from_dict(d.pop("scope"))

        actual_spend = Money.from_dict(d.pop("actual_spend"))

        forecasted_spend = Money.from_dict(d.pop("forecasted_spend"))

        burn_rate = BudgetBurnRate.from_dict(d.pop("burn_rate"))

        thresholds = []
        _thresholds = d.pop("thresholds")
        for thresholds_item_data in _thresholds:
            thresholds_item = BudgetThreshold.from_dict(thresholds_item_data)

            thresholds.append(thresholds_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        budget = cls(
            id=id,
            name=name,
            parent_id=parent_id,
            children_ids=children_ids,
            limit=limit,
            time_unit=time_unit,
            current_period=current_period,
            scope=scope,
            actual_spend=actual_spend,
            forecasted_spend=forecasted_spend,
            burn_rate=burn_rate,
            thresholds=thresholds,
            created_at=created_at,
        )

        budget.additional_properties = d
        return budget

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
