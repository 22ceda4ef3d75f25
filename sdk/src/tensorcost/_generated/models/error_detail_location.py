from typing import Literal

from ..types import not_one_of

ErrorDetailLocation = Literal["body", "header", "path", "query"]

ERROR_DETAIL_LOCATION_VALUES: frozenset[ErrorDetailLocation] = frozenset(
    {
        "body",
        "header",
        "path",
        "query",
    }
)


def check_error_detail_location(value: object) -> ErrorDetailLocation:
    if value in ERROR_DETAIL_LOCATION_VALUES:
        return value
    raise not_one_of(value, ERROR_DETAIL_LOCATION_VALUES)


def check_error_detail_location_or_none(value: object) -> ErrorDetailLocation | None:
    if value is None or value in ERROR_DETAIL_LOCATION_VALUES:
        return value
    raise not_one_of(value, ERROR_DETAIL_LOCATION_VALUES)
