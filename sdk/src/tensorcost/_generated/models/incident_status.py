from typing import Literal

IncidentStatus = Literal["acknowledged", "resolved", "triggered"]

INCIDENT_STATUS_VALUES: set[IncidentStatus] = {
    "acknowledged",
    "resolved",
    "triggered",
}


def check_incident_status(value: str) -> IncidentStatus:
    if value in INCIDENT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_STATUS_VALUES!r}"
    )
