from typing import Literal

InstanceState = Literal["pending", "running", "stopped", "stopping", "terminated"]

INSTANCE_STATE_VALUES: set[InstanceState] = {
    "pending",
    "running",
    "stopped",
    "stopping",
    "terminated",
}


def check_instance_state(value: str) -> InstanceState:
    if value in INSTANCE_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSTANCE_STATE_VALUES!r}"
    )
