from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.gpu_instance import GpuInstance
    from ..models.money import Money


T = TypeVar("T", bound="GpuIdleInstance")


@_attrs_define
class GpuIdleInstance:
    """An instance below the idle threshold and the money it is wasting."""

    instance: GpuInstance
    """ A GPU instance (cloud VM or on-prem host) in the fleet inventory. """
    avg_activity_pct: float
    """ Average `gr_engine_active` over the lookback window, in percent. """
    idle_since: datetime.datetime
    """ Start of the current uninterrupted stretch below the threshold. """
    idle_hours: float
    """ Hours from `idle_since` to now. """
    wasted_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance = self.instance.to_dict()

        avg_activity_pct = self.avg_activity_pct

        idle_since = self.idle_since.isoformat()

        idle_hours = self.idle_hours

        wasted_cost = self.wasted_cost.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance": instance,
                "avg_activity_pct": avg_activity_pct,
                "idle_since": idle_since,
                "idle_hours": idle_hours,
                "wasted_cost": wasted_cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gpu_instance import GpuInstance  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        instance = GpuInstance.from_dict(d.pop("instance"))

        avg_activity_pct = d.pop("avg_activity_pct")

        idle_since = datetime.datetime.fromisoformat(d.pop("idle_since"))

        idle_hours = d.pop("idle_hours")

        wasted_cost = Money.from_dict(d.pop("wasted_cost"))

        gpu_idle_instance = cls(
            instance=instance,
            avg_activity_pct=avg_activity_pct,
            idle_since=idle_since,
            idle_hours=idle_hours,
            wasted_cost=wasted_cost,
        )

        gpu_idle_instance.additional_properties = d
        return gpu_idle_instance

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
