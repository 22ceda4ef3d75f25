from typing import Literal

from ..types import not_one_of

ExportResource = Literal[
    "ai-spend", "alerts", "cost", "instances", "metrics", "savings"
]

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


def check_export_resource(value: object) -> ExportResource:
    if value in EXPORT_RESOURCE_VALUES:
        return value
    raise not_one_of(value, EXPORT_RESOURCE_VALUES)


def check_export_resource_or_none(value: object) -> ExportResource | None:
    if value is None or value in EXPORT_RESOURCE_VALUES:
        return value
    raise not_one_of(value, EXPORT_RESOURCE_VALUES)
