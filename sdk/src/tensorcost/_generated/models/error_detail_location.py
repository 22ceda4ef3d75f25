from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
ErrorDetailLocation = Literal["body", "header", "path", "query"] | UnknownEnumValue

ERROR_DETAIL_LOCATION_VALUES: frozenset[ErrorDetailLocation] = frozenset(
    {
        "body",
        "header",
        "path",
        "query",
    }
)


def check_error_detail_location(value: object, field: str = "ErrorDetailLocation") -> ErrorDetailLocation:
    if value in ERROR_DETAIL_LOCATION_VALUES:
        return value
    return unknown_enum_value(field, value, ERROR_DETAIL_LOCATION_VALUES)


def check_error_detail_location_or_none(
    value: object, field: str = "ErrorDetailLocation"
) -> ErrorDetailLocation | None:
    if value is None or value in ERROR_DETAIL_LOCATION_VALUES:
        return value
    return unknown_enum_value(field, value, ERROR_DETAIL_LOCATION_VALUES)
