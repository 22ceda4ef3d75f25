from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import gpu_instance as _gpu_instance
from ..models import money as _money
from ..types import (
    model_repr,
    parse_datetime,
    parse_float,
    parse_object,
)

if TYPE_CHECKING:
    from ..models.gpu_instance import GpuInstance
    from ..models.money import Money


T = TypeVar("T", bound="GpuIdleInstance")
_FIELDS: frozenset[str] = frozenset(
    {
        "instance",
        "avg_activity_pct",
        "idle_since",
        "idle_hours",
        "wasted_cost",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.instance = _gpu_instance.GpuInstance.from_dict(d["instance"])
        obj.avg_activity_pct = (
            v
            if (v := d["avg_activity_pct"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["avg_activity_pct"])
        )
        obj.idle_since = parse_datetime(d["idle_since"])
        obj.idle_hours = (
            v
            if (v := d["idle_hours"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["idle_hours"])
        )
        obj.wasted_cost = _money.Money.from_dict(d["wasted_cost"])
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
