from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
SyncRunStatus = Literal["failed", "running", "skipped", "succeeded"] | UnknownEnumValue

SYNC_RUN_STATUS_VALUES: frozenset[SyncRunStatus] = frozenset(
    {
        "failed",
        "running",
        "skipped",
        "succeeded",
    }
)


def check_sync_run_status(value: object, field: str = "SyncRunStatus") -> SyncRunStatus:
    if value in SYNC_RUN_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, SYNC_RUN_STATUS_VALUES)


def check_sync_run_status_or_none(value: object, field: str = "SyncRunStatus") -> SyncRunStatus | None:
    if value is None or value in SYNC_RUN_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, SYNC_RUN_STATUS_VALUES)
