from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.escalation_target_type import (
    EscalationTargetType,
    check_escalation_target_type,
)

T = TypeVar("T", bound="EscalationTarget")


@_attrs_define
class EscalationTarget:
    """Who is notified at one escalation level."""

    type_: EscalationTargetType
    """ What an escalation target is: a tenant member (`user`, id `mem_`), an on-call schedule (`schedule`, id
    `ocs_`) or a notification channel (`channel`, id `chn_`). """
    id: str
    """ The target's id; its prefix matches `type` (`mem_`, `ocs_`, `chn_`). """
    name: str
    """ Display name: the member's email, the schedule's or the channel's name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_escalation_target_type(d.pop("type"))

        id = d.pop("id")

        name = d.pop("name")

        escalation_target = cls(
            type_=type_,
            id=id,
            name=name,
        )

        escalation_target.additional_properties = d
        return escalation_target

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
