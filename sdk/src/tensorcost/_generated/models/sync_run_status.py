from typing import Literal

from ..types import not_one_of

SyncRunStatus = Literal["failed", "running", "skipped", "succeeded"]

SYNC_RUN_STATUS_VALUES: frozenset[SyncRunStatus] = frozenset(
    {
        "failed",
        "running",
        "skipped",
        "succeeded",
    }
)


def check_sync_run_status(value: object) -> SyncRunStatus:
    if value in SYNC_RUN_STATUS_VALUES:
        return value
    raise not_one_of(value, SYNC_RUN_STATUS_VALUES)


def check_sync_run_status_or_none(value: object) -> SyncRunStatus | None:
    if value is None or value in SYNC_RUN_STATUS_VALUES:
        return value
    raise not_one_of(value, SYNC_RUN_STATUS_VALUES)
