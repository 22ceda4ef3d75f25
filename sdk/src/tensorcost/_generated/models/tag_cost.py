from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.workload_costs import WorkloadCosts


T = TypeVar("T", bound="TagCost")


@_attrs_define
class TagCost:
    """The cost carrying one value of the grouping tag."""

    value: str
    """ The tag value. `__unallocated__` is reserved for cost that carries no such tag. """
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
    """ This value's fraction of the window's total effective cost (0-1, rounded to 4 decimals). """
    by_workload: WorkloadCosts
    """ Effective cost split by workload. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        effective_cost = self.effective_cost.to_dict()

        billed_cost = self.billed_cost.to_dict()

        list_cost = self.list_cost.to_dict()

        share = self.share

        by_workload = self.by_workload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "effective_cost": effective_cost,
                "billed_cost": billed_cost,
                "list_cost": list_cost,
                "share": share,
                "by_workload": by_workload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415
        from ..models.workload_costs import WorkloadCosts  # noqa: PLC0415

        d = dict(src_dict)
        value = d.pop("value")

        effective_cost = Money.from_dict(d.pop("effective_cost"))

        billed_cost = Money.from_dict(d.pop("billed_cost"))

        list_cost = Money.from_dict(d.pop("list_cost"))

        share = d.pop("share")

        by_workload = WorkloadCosts.from_dict(d.pop("by_workload"))

        tag_cost = cls(
            value=value,
            effective_cost=effective_cost,
            billed_cost=billed_cost,
            list_cost=list_cost,
            share=share,
            by_workload=by_workload,
        )

        tag_cost.additional_properties = d
        return tag_cost

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
