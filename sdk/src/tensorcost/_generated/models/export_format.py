from typing import Literal

from ..types import not_one_of

ExportFormat = Literal["csv", "pdf"]

EXPORT_FORMAT_VALUES: frozenset[ExportFormat] = frozenset(
    {
        "csv",
        "pdf",
    }
)


def check_export_format(value: object) -> ExportFormat:
    if value in EXPORT_FORMAT_VALUES:
        return value
    raise not_one_of(value, EXPORT_FORMAT_VALUES)


def check_export_format_or_none(value: object) -> ExportFormat | None:
    if value is None or value in EXPORT_FORMAT_VALUES:
        return value
    raise not_one_of(value, EXPORT_FORMAT_VALUES)
