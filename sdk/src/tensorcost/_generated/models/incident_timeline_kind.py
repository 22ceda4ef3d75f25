from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
IncidentTimelineKind = (
    Literal[
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
    | UnknownEnumValue
)

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


def check_incident_timeline_kind(value: object, field: str = "IncidentTimelineKind") -> IncidentTimelineKind:
    if value in INCIDENT_TIMELINE_KIND_VALUES:
        return value
    return unknown_enum_value(field, value, INCIDENT_TIMELINE_KIND_VALUES)


def check_incident_timeline_kind_or_none(
    value: object, field: str = "IncidentTimelineKind"
) -> IncidentTimelineKind | None:
    if value is None or value in INCIDENT_TIMELINE_KIND_VALUES:
        return value
    return unknown_enum_value(field, value, INCIDENT_TIMELINE_KIND_VALUES)
