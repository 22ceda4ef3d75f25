from typing import Literal

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

INCIDENT_TIMELINE_KIND_VALUES: set[IncidentTimelineKind] = {
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


def check_incident_timeline_kind(value: str) -> IncidentTimelineKind:
    if value in INCIDENT_TIMELINE_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_TIMELINE_KIND_VALUES!r}"
    )
