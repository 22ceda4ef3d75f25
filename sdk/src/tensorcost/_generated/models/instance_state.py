from typing import Literal

from ..types import not_one_of

InstanceState = Literal["pending", "running", "stopped", "stopping", "terminated"]

INSTANCE_STATE_VALUES: frozenset[InstanceState] = frozenset(
    {
        "pending",
        "running",
        "stopped",
        "stopping",
        "terminated",
    }
)


def check_instance_state(value: object) -> InstanceState:
    if value in INSTANCE_STATE_VALUES:
        return value
    raise not_one_of(value, INSTANCE_STATE_VALUES)


def check_instance_state_or_none(value: object) -> InstanceState | None:
    if value is None or value in INSTANCE_STATE_VALUES:
        return value
    raise not_one_of(value, INSTANCE_STATE_VALUES)
