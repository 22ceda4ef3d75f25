from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
ConnectionStatus = Literal["active", "degraded", "disabled", "failed", "pending"] | UnknownEnumValue

CONNECTION_STATUS_VALUES: frozenset[ConnectionStatus] = frozenset(
    {
        "active",
        "degraded",
        "disabled",
        "failed",
        "pending",
    }
)


def check_connection_status(value: object, field: str = "ConnectionStatus") -> ConnectionStatus:
    if value in CONNECTION_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, CONNECTION_STATUS_VALUES)


def check_connection_status_or_none(
    value: object, field: str = "ConnectionStatus"
) -> ConnectionStatus | None:
    if value is None or value in CONNECTION_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, CONNECTION_STATUS_VALUES)
