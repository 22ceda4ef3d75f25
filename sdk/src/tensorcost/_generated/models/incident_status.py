from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
IncidentStatus = Literal["acknowledged", "resolved", "triggered"] | UnknownEnumValue

INCIDENT_STATUS_VALUES: frozenset[IncidentStatus] = frozenset(
    {
        "acknowledged",
        "resolved",
        "triggered",
    }
)


def check_incident_status(value: object, field: str = "IncidentStatus") -> IncidentStatus:
    if value in INCIDENT_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, INCIDENT_STATUS_VALUES)


def check_incident_status_or_none(value: object, field: str = "IncidentStatus") -> IncidentStatus | None:
    if value is None or value in INCIDENT_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, INCIDENT_STATUS_VALUES)
