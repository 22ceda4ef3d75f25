from typing import Literal

SyncRunStatus = Literal["failed", "running", "skipped", "succeeded"]

SYNC_RUN_STATUS_VALUES: set[SyncRunStatus] = {
    "failed",
    "running",
    "skipped",
    "succeeded",
}


def check_sync_run_status(value: str) -> SyncRunStatus:
    if value in SYNC_RUN_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYNC_RUN_STATUS_VALUES!r}"
    )
