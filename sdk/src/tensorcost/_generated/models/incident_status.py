from typing import Literal

from ..types import not_one_of

IncidentStatus = Literal["acknowledged", "resolved", "triggered"]

INCIDENT_STATUS_VALUES: frozenset[IncidentStatus] = frozenset(
    {
        "acknowledged",
        "resolved",
        "triggered",
    }
)


def check_incident_status(value: object) -> IncidentStatus:
    if value in INCIDENT_STATUS_VALUES:
        return value
    raise not_one_of(value, INCIDENT_STATUS_VALUES)


def check_incident_status_or_none(value: object) -> IncidentStatus | None:
    if value is None or value in INCIDENT_STATUS_VALUES:
        return value
    raise not_one_of(value, INCIDENT_STATUS_VALUES)
