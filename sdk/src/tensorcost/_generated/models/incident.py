from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_severity import AlertSeverity, check_alert_severity
from ..models.incident_status import IncidentStatus, check_incident_status

if TYPE_CHECKING:
    from ..models.incident_timeline_entry import IncidentTimelineEntry
    from ..models.money import Money


T = TypeVar("T", bound="Incident")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_timeline_entry import IncidentTimelineEntry  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        status = check_incident_status(d.pop("status"))

        severity = check_alert_severity(d.pop("severity"))

        alert_ids = cast(list[str], d.pop("alert_ids"))

        def _parse_escalation_policy_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        escalation_policy_id = _parse_escalation_policy_id(
            d.pop("escalation_policy_id")
        )

        def _parse_cost_impact(data: object) -> Money | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cost_impact_type_0 = Money.from_dict(data)

                return cost_impact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None, data)

        cost_impact = _parse_cost_impact(d.pop("cost_impact"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_acknowledged_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_at_type_0 = datetime.datetime.fromisoformat(data)

                return acknowledged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        acknowledged_at = _parse_acknowledged_at(d.pop("acknowledged_at"))

        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)

                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))

        timeline = []
        _timeline = d.pop("timeline")
        for timeline_item_data in _timeline:
            timeline_item = IncidentTimelineEntry.from_dict(timeline_item_data)

            timeline.append(timeline_item)

        incident = cls(
            id=id,
            title=title,
            status=status,
            severity=severity,
            alert_ids=alert_ids,
            escalation_policy_id=escalation_policy_id,
            cost_impact=cost_impact,
            created_at=created_at,
            acknowledged_at=acknowledged_at,
            resolved_at=resolved_at,
            timeline=timeline,
        )

        incident.additional_properties = d
        return incident

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
