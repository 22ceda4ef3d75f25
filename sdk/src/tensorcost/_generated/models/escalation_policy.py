from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.escalation_rule import EscalationRule


T = TypeVar("T", bound="EscalationPolicy")


@_attrs_define
class EscalationPolicy:
    """An escalation policy (PagerDuty model)."""

    id: str
    """ Escalation policy id. Opaque string; ids start with `esc_`. """
    name: str
    """ Policy name. """
    description: None | str
    """ What the policy is for. """
    num_loops: int
    """ How many times the whole chain repeats after the last rule if nobody acknowledges. """
    escalation_rules: list[EscalationRule]
    """ The levels, in order. """
    created_at: datetime.datetime
    """ When the policy was created. """
    updated_at: datetime.datetime
    """ When the policy last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        num_loops = self.num_loops

        escalation_rules = []
        for escalation_rules_item_data in self.escalation_rules:
            escalation_rules_item = escalation_rules_item_data.to_dict()
            escalation_rules.append(escalation_rules_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "num_loops": num_loops,
                "escalation_rules": escalation_rules,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.escalation_rule import EscalationRule  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        num_loops = d.pop("num_loops")

        escalation_rules = []
        _escalation_rules = d.pop("escalation_rules")
        for escalation_rules_item_data in _escalation_rules:
            escalation_rules_item = EscalationRule.from_dict(escalation_rules_item_data)

            escalation_rules.append(escalation_rules_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        escalation_policy = cls(
            id=id,
            name=name,
            description=description,
            num_loops=num_loops,
            escalation_rules=escalation_rules,
            created_at=created_at,
            updated_at=updated_at,
        )

        escalation_policy.additional_properties = d
        return escalation_policy

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
