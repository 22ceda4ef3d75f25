from typing import Literal

ErrorDetailLocation = Literal["body", "header", "path", "query"]

ERROR_DETAIL_LOCATION_VALUES: set[ErrorDetailLocation] = {
    "body",
    "header",
    "path",
    "query",
}


def check_error_detail_location(value: str) -> ErrorDetailLocation:
    if value in ERROR_DETAIL_LOCATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ERROR_DETAIL_LOCATION_VALUES!r}"
    )
