from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.simulated_action import SimulatedAction
    from ..models.simulation_match import SimulationMatch
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="PolicySimulation")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415
        from ..models.simulated_action import SimulatedAction  # noqa: PLC0415
        from ..models.simulation_match import SimulationMatch  # noqa: PLC0415
        from ..models.time_window import TimeWindow  # noqa: PLC0415

        d = dict(src_dict)
        window = TimeWindow.from_dict(d.pop("window"))

        evaluated_events = d.pop("evaluated_events")

        matched_events = d.pop("matched_events")

        matched_cost = Money.from_dict(d.pop("matched_cost"))

        sample_matches = []
        _sample_matches = d.pop("sample_matches")
        for sample_matches_item_data in _sample_matches:
            sample_matches_item = SimulationMatch.from_dict(sample_matches_item_data)

            sample_matches.append(sample_matches_item)

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = SimulatedAction.from_dict(actions_item_data)

            actions.append(actions_item)

        estimated_savings = Money.from_dict(d.pop("estimated_savings"))

        policy_simulation = cls(
            window=window,
            evaluated_events=evaluated_events,
            matched_events=matched_events,
            matched_cost=matched_cost,
            sample_matches=sample_matches,
            actions=actions,
            estimated_savings=estimated_savings,
        )

        policy_simulation.additional_properties = d
        return policy_simulation

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
