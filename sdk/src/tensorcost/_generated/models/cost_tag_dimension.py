from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
CostTagDimension = Literal["application", "environment", "owner", "team"] | UnknownEnumValue

COST_TAG_DIMENSION_VALUES: frozenset[CostTagDimension] = frozenset(
    {
        "application",
        "environment",
        "owner",
        "team",
    }
)


def check_cost_tag_dimension(value: object, field: str = "CostTagDimension") -> CostTagDimension:
    if value in COST_TAG_DIMENSION_VALUES:
        return value
    return unknown_enum_value(field, value, COST_TAG_DIMENSION_VALUES)


def check_cost_tag_dimension_or_none(
    value: object, field: str = "CostTagDimension"
) -> CostTagDimension | None:
    if value is None or value in COST_TAG_DIMENSION_VALUES:
        return value
    return unknown_enum_value(field, value, COST_TAG_DIMENSION_VALUES)
