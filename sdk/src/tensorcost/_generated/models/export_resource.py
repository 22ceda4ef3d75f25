from typing import Literal

ExportResource = Literal[
    "ai-spend", "alerts", "cost", "instances", "metrics", "savings"
]

EXPORT_RESOURCE_VALUES: set[ExportResource] = {
    "ai-spend",
    "alerts",
    "cost",
    "instances",
    "metrics",
    "savings",
}


def check_export_resource(value: str) -> ExportResource:
    if value in EXPORT_RESOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPORT_RESOURCE_VALUES!r}"
    )
