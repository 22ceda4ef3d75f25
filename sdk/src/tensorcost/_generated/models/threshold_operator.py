from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
ThresholdOperator = Literal["gt", "gte", "lt", "lte"] | UnknownEnumValue

THRESHOLD_OPERATOR_VALUES: frozenset[ThresholdOperator] = frozenset(
    {
        "gt",
        "gte",
        "lt",
        "lte",
    }
)


def check_threshold_operator(value: object, field: str = "ThresholdOperator") -> ThresholdOperator:
    if value in THRESHOLD_OPERATOR_VALUES:
        return value
    return unknown_enum_value(field, value, THRESHOLD_OPERATOR_VALUES)


def check_threshold_operator_or_none(
    value: object, field: str = "ThresholdOperator"
) -> ThresholdOperator | None:
    if value is None or value in THRESHOLD_OPERATOR_VALUES:
        return value
    return unknown_enum_value(field, value, THRESHOLD_OPERATOR_VALUES)
