from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.time_window import TimeWindow
    from ..models.workload_costs import WorkloadCosts


T = TypeVar("T", bound="CostSummary")


@_attrs_define
class CostSummary:
    """Tenant-wide totals for a window (FOCUS cost columns)."""

    window: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    currency: str
    """ Currency of every amount. """
    effective_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    billed_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    list_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    savings: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    by_workload: WorkloadCosts
    """ Effective cost split by workload. """
    event_count: int
    """ Cost records in the window. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        window = self.window.to_dict()

        currency = self.currency

        effective_cost = self.effective_cost.to_dict()

        billed_cost = self.billed_cost.to_dict()

        list_cost = self.list_cost.to_dict()

        savings = self.savings.to_dict()

        by_workload = self.by_workload.to_dict()

        event_count = self.event_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "window": window,
                "currency": currency,
                "effective_cost": effective_cost,
                "billed_cost": billed_cost,
                "list_cost": list_cost,
                "savings": savings,
                "by_workload": by_workload,
                "event_count": event_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415
        from ..models.time_window import TimeWindow  # noqa: PLC0415
        from ..models.workload_costs import WorkloadCosts  # noqa: PLC0415

        d = dict(src_dict)
        window = TimeWindow.from_dict(d.pop("window"))

        currency = d.pop("currency")

        effective_cost = Money.from_dict(d.pop("effective_cost"))

        billed_cost = Money.from_dict(d.pop("billed_cost"))

        list_cost = Money.from_dict(d.pop("list_cost"))

        savings = Money.from_dict(d.pop("savings"))

        by_workload = WorkloadCosts.from_dict(d.pop("by_workload"))

        event_count = d.pop("event_count")

        cost_summary = cls(
            window=window,
            currency=currency,
            effective_cost=effective_cost,
            billed_cost=billed_cost,
            list_cost=list_cost,
            savings=savings,
            by_workload=by_workload,
            event_count=event_count,
        )

        cost_summary.additional_properties = d
        return cost_summary

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
