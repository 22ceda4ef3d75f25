from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
ValidationResult = Literal["fail", "pass", "warn"] | UnknownEnumValue

VALIDATION_RESULT_VALUES: frozenset[ValidationResult] = frozenset(
    {
        "fail",
        "pass",
        "warn",
    }
)


def check_validation_result(value: object, field: str = "ValidationResult") -> ValidationResult:
    if value in VALIDATION_RESULT_VALUES:
        return value
    return unknown_enum_value(field, value, VALIDATION_RESULT_VALUES)


def check_validation_result_or_none(
    value: object, field: str = "ValidationResult"
) -> ValidationResult | None:
    if value is None or value in VALIDATION_RESULT_VALUES:
        return value
    return unknown_enum_value(field, value, VALIDATION_RESULT_VALUES)
