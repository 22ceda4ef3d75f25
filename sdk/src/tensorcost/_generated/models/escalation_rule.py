from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.escalation_target import EscalationTarget


T = TypeVar("T", bound="EscalationRule")


@_attrs_define
class EscalationRule:
    """One level of an escalation policy."""

    escalation_delay_in_minutes: int
    """ Minutes to wait for an acknowledgement before escalating to the next rule. """
    targets: list[EscalationTarget]
    """ Notified when this level is reached. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        escalation_delay_in_minutes = self.escalation_delay_in_minutes

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "escalation_delay_in_minutes": escalation_delay_in_minutes,
                "targets": targets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.escalation_target import EscalationTarget  # noqa: PLC0415

        d = dict(src_dict)
        escalation_delay_in_minutes = d.pop("escalation_delay_in_minutes")

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = EscalationTarget.from_dict(targets_item_data)

            targets.append(targets_item)

        escalation_rule = cls(
            escalation_delay_in_minutes=escalation_delay_in_minutes,
            targets=targets,
        )

        escalation_rule.additional_properties = d
        return escalation_rule

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
