from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import escalation_rule as _escalation_rule
from ..types import (
    model_repr,
    parse_datetime,
    parse_int,
    parse_list,
    parse_object,
    parse_str,
    parse_str_or_none,
)

if TYPE_CHECKING:
    from ..models.escalation_rule import EscalationRule


T = TypeVar("T", bound="EscalationPolicy")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "num_loops",
        "escalation_rules",
        "created_at",
        "updated_at",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.id = v if (v := d["id"]).__class__ is str else parse_str(d["id"])
        obj.name = v if (v := d["name"]).__class__ is str else parse_str(d["name"])
        obj.description = (
            v
            if (v := d["description"]) is None or v.__class__ is str
            else parse_str_or_none(d["description"])
        )
        obj.num_loops = v if (v := d["num_loops"]).__class__ is int else parse_int(d["num_loops"])
        obj.escalation_rules = parse_list(_escalation_rule.EscalationRule.from_dict, d["escalation_rules"])
        obj.created_at = parse_datetime(d["created_at"])
        obj.updated_at = parse_datetime(d["updated_at"])
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
