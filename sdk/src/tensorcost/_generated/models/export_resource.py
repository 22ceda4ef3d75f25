from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
ExportResource = Literal["ai-spend", "alerts", "cost", "instances", "metrics", "savings"] | UnknownEnumValue

EXPORT_RESOURCE_VALUES: frozenset[ExportResource] = frozenset(
    {
        "ai-spend",
        "alerts",
        "cost",
        "instances",
        "metrics",
        "savings",
    }
)


def check_export_resource(value: object, field: str = "ExportResource") -> ExportResource:
    if value in EXPORT_RESOURCE_VALUES:
        return value
    return unknown_enum_value(field, value, EXPORT_RESOURCE_VALUES)


def check_export_resource_or_none(value: object, field: str = "ExportResource") -> ExportResource | None:
    if value is None or value in EXPORT_RESOURCE_VALUES:
        return value
    return unknown_enum_value(field, value, EXPORT_RESOURCE_VALUES)
