from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import incident_timeline_entry as _incident_timeline_entry
from ..models import money as _money
from ..models.alert_severity import (
    ALERT_SEVERITY_VALUES,
    AlertSeverity,
    check_alert_severity,
)
from ..models.incident_status import (
    INCIDENT_STATUS_VALUES,
    IncidentStatus,
    check_incident_status,
)
from ..types import (
    model_repr,
    parse_datetime,
    parse_datetime_or_none,
    parse_list,
    parse_nullable,
    parse_object,
    parse_str,
    parse_str_or_none,
)

if TYPE_CHECKING:
    from ..models.incident_timeline_entry import IncidentTimelineEntry
    from ..models.money import Money


T = TypeVar("T", bound="Incident")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "status",
        "severity",
        "alert_ids",
        "escalation_policy_id",
        "cost_impact",
        "created_at",
        "acknowledged_at",
        "resolved_at",
        "timeline",
    }
)


@_attrs_define(repr=False)
class Incident:
    """An incident grouping related alerts, with its timeline."""

    id: str
    """ Incident id. Opaque string; ids start with `inc_`. """
    title: str
    """ Short title. """
    status: IncidentStatus
    """ Incident status (PagerDuty model). """
    severity: AlertSeverity
    """ Severity on the PagerDuty Events v2 scale, shared by alerts, incidents and anomalies. """
    alert_ids: list[str]
    """ Alerts grouped into the incident, oldest first. """
    escalation_policy_id: None | str
    """ The escalation policy in charge, if any. Opaque string; ids start with `esc_`. """
    cost_impact: Money | None
    """ Summed `cost_impact` of its alerts; null when none is a cost condition. """
    created_at: datetime.datetime
    """ When the incident opened. """
    acknowledged_at: datetime.datetime | None
    """ When it was first acknowledged. """
    resolved_at: datetime.datetime | None
    """ When it was resolved. """
    timeline: list[IncidentTimelineEntry]
    """ What happened, oldest first. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        from ..models.money import Money  # noqa: PLC0415

        id = self.id

        title = self.title

        status: str = self.status

        severity: str = self.severity

        alert_ids = self.alert_ids

        escalation_policy_id: None | str
        escalation_policy_id = self.escalation_policy_id

        cost_impact: dict[str, Any] | None
        if isinstance(self.cost_impact, Money):
            cost_impact = self.cost_impact.to_dict()
        else:
            cost_impact = self.cost_impact

        created_at = self.created_at.isoformat()

        acknowledged_at: None | str
        if isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        timeline = []
        for timeline_item_data in self.timeline:
            timeline_item = timeline_item_data.to_dict()
            timeline.append(timeline_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "status": status,
                "severity": severity,
                "alert_ids": alert_ids,
                "escalation_policy_id": escalation_policy_id,
                "cost_impact": cost_impact,
                "created_at": created_at,
                "acknowledged_at": acknowledged_at,
                "resolved_at": resolved_at,
                "timeline": timeline,
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
        obj.title = v if (v := d["title"]).__class__ is str else parse_str(d["title"])
        obj.status = (
            v
            if (v := d["status"]) in INCIDENT_STATUS_VALUES
            else check_incident_status(d["status"], "Incident.status")
        )
        obj.severity = (
            v
            if (v := d["severity"]) in ALERT_SEVERITY_VALUES
            else check_alert_severity(d["severity"], "Incident.severity")
        )
        obj.alert_ids = parse_list(parse_str, d["alert_ids"])
        obj.escalation_policy_id = (
            v
            if (v := d["escalation_policy_id"]) is None or v.__class__ is str
            else parse_str_or_none(d["escalation_policy_id"])
        )
        obj.cost_impact = parse_nullable(_money.Money.from_dict, d["cost_impact"])
        obj.created_at = parse_datetime(d["created_at"])
        obj.acknowledged_at = parse_datetime_or_none(d["acknowledged_at"])
        obj.resolved_at = parse_datetime_or_none(d["resolved_at"])
        obj.timeline = parse_list(_incident_timeline_entry.IncidentTimelineEntry.from_dict, d["timeline"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 11 else {}
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
