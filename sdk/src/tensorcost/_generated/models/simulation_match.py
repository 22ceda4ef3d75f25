from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import money as _money
from ..models.monitored_metric import (
    MONITORED_METRIC_VALUES,
    MonitoredMetric,
    check_monitored_metric,
)
from ..models.source import SOURCE_VALUES, Source, check_source
from ..types import (
    model_repr,
    parse_datetime,
    parse_float,
    parse_object,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="SimulationMatch")
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "occurred_at",
        "source",
        "resource_id",
        "description",
        "metric",
        "observed_value",
        "cost",
    }
)


@_attrs_define(repr=False)
class SimulationMatch:
    """One historical event the simulated policy matched."""

    event_id: str
    """ The cost or usage event. Opaque string; ids start with `evt_`. """
    occurred_at: datetime.datetime
    """ When the event happened. """
    source: Source
    """ Where spend comes from. """
    resource_id: str
    """ The model id or GPU instance id the event belongs to. """
    description: str
    """ Why it matched. """
    metric: MonitoredMetric
    """ A metric that alert rules and policy conditions watch; the threshold's unit depends on it.
    `daily_spend`: effective cost so far in the current UTC day (a `Money` threshold).
    `hourly_spend`: effective cost in the trailing 60 minutes (a `Money` threshold). `budget_burn_pct`: percent of
    the budget's limit
    consumed in the current period. `forecast_overrun`: forecasted period-end spend above the
    budget limit, percent of the limit. `idle_gpu_hours`: consecutive hours an instance has been
    below the idle threshold. `gpu_util_pct`: average GPU utilisation (DCGM_FI_DEV_GPU_UTIL), percent.
    `anomaly_score`: anomaly detector score, 0 to 1. `token_rate`: input plus output tokens per
    minute. `request_rate`: inference requests per minute.
     """
    observed_value: float
    """ The metric's value at the event, in the metric's unit. """
    cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        event_id = self.event_id

        occurred_at = self.occurred_at.isoformat()

        source: str = self.source

        resource_id = self.resource_id

        description = self.description

        metric: str = self.metric

        observed_value = self.observed_value

        cost = self.cost.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "occurred_at": occurred_at,
                "source": source,
                "resource_id": resource_id,
                "description": description,
                "metric": metric,
                "observed_value": observed_value,
                "cost": cost,
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
        obj.event_id = v if (v := d["event_id"]).__class__ is str else parse_str(d["event_id"])
        obj.occurred_at = parse_datetime(d["occurred_at"])
        obj.source = (
            v if (v := d["source"]) in SOURCE_VALUES else check_source(d["source"], "SimulationMatch.source")
        )
        obj.resource_id = v if (v := d["resource_id"]).__class__ is str else parse_str(d["resource_id"])
        obj.description = v if (v := d["description"]).__class__ is str else parse_str(d["description"])
        obj.metric = (
            v
            if (v := d["metric"]) in MONITORED_METRIC_VALUES
            else check_monitored_metric(d["metric"], "SimulationMatch.metric")
        )
        obj.observed_value = (
            v
            if (v := d["observed_value"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["observed_value"])
        )
        obj.cost = _money.Money.from_dict(d["cost"])
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
