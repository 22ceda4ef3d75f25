from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_timeline_kind import (
    IncidentTimelineKind,
    check_incident_timeline_kind,
)

T = TypeVar("T", bound="IncidentTimelineEntry")


@_attrs_define
class IncidentTimelineEntry:
    """One entry in an incident's timeline."""

    at: datetime.datetime
    """ When it happened. """
    kind: IncidentTimelineKind
    """ What a timeline entry records. """
    actor: str
    """ Who did it: a user's email, `system`, or `rule:<rule id>` / `policy:<policy id>`. """
    message: str
    """ Human-readable description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        kind: str = self.kind

        actor = self.actor

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "kind": kind,
                "actor": actor,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        kind = check_incident_timeline_kind(d.pop("kind"))

        actor = d.pop("actor")

        message = d.pop("message")

        incident_timeline_entry = cls(
            at=at,
            kind=kind,
            actor=actor,
            message=message,
        )

        incident_timeline_entry.additional_properties = d
        return incident_timeline_entry

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
