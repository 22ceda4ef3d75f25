from typing import Literal

from ..types import not_one_of

IncidentTimelineKind = Literal[
    "acknowledged",
    "alert_added",
    "annotated",
    "enforcement_action",
    "escalated",
    "notification_sent",
    "reopened",
    "resolved",
    "triggered",
]

INCIDENT_TIMELINE_KIND_VALUES: frozenset[IncidentTimelineKind] = frozenset(
    {
        "acknowledged",
        "alert_added",
        "annotated",
        "enforcement_action",
        "escalated",
        "notification_sent",
        "reopened",
        "resolved",
        "triggered",
    }
)


def check_incident_timeline_kind(value: object) -> IncidentTimelineKind:
    if value in INCIDENT_TIMELINE_KIND_VALUES:
        return value
    raise not_one_of(value, INCIDENT_TIMELINE_KIND_VALUES)


def check_incident_timeline_kind_or_none(value: object) -> IncidentTimelineKind | None:
    if value is None or value in INCIDENT_TIMELINE_KIND_VALUES:
        return value
    raise not_one_of(value, INCIDENT_TIMELINE_KIND_VALUES)
