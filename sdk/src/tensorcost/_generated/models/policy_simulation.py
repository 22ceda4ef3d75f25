from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import money as _money
from ..models import simulated_action as _simulated_action
from ..models import simulation_match as _simulation_match
from ..models import time_window as _time_window
from ..types import (
    model_repr,
    parse_int,
    parse_list,
    parse_object,
)

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.simulated_action import SimulatedAction
    from ..models.simulation_match import SimulationMatch
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="PolicySimulation")
_FIELDS: frozenset[str] = frozenset(
    {
        "window",
        "evaluated_events",
        "matched_events",
        "matched_cost",
        "sample_matches",
        "actions",
        "estimated_savings",
    }
)


@_attrs_define(repr=False)
class PolicySimulation:
    """What a policy would have done against historical data."""

    window: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    evaluated_events: int
    """ Events in scope in the window. """
    matched_events: int
    """ Events that met the conditions. """
    matched_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    sample_matches: list[SimulationMatch]
    """ Up to `sample_size` matched events. """
    actions: list[SimulatedAction]
    """ The actions that would have run, one entry per action type. """
    estimated_savings: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        window = self.window.to_dict()

        evaluated_events = self.evaluated_events

        matched_events = self.matched_events

        matched_cost = self.matched_cost.to_dict()

        sample_matches = []
        for sample_matches_item_data in self.sample_matches:
            sample_matches_item = sample_matches_item_data.to_dict()
            sample_matches.append(sample_matches_item)

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        estimated_savings = self.estimated_savings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "window": window,
                "evaluated_events": evaluated_events,
                "matched_events": matched_events,
                "matched_cost": matched_cost,
                "sample_matches": sample_matches,
                "actions": actions,
                "estimated_savings": estimated_savings,
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
        obj.evaluated_events = (
            v if (v := d["evaluated_events"]).__class__ is int else parse_int(d["evaluated_events"])
        )
        obj.matched_events = (
            v if (v := d["matched_events"]).__class__ is int else parse_int(d["matched_events"])
        )
        obj.matched_cost = _money.Money.from_dict(d["matched_cost"])
        obj.sample_matches = parse_list(_simulation_match.SimulationMatch.from_dict, d["sample_matches"])
        obj.actions = parse_list(_simulated_action.SimulatedAction.from_dict, d["actions"])
        obj.estimated_savings = _money.Money.from_dict(d["estimated_savings"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 7 else {}
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
