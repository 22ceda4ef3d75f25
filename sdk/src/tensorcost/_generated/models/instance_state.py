from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
InstanceState = Literal["pending", "running", "stopped", "stopping", "terminated"] | UnknownEnumValue

INSTANCE_STATE_VALUES: frozenset[InstanceState] = frozenset(
    {
        "pending",
        "running",
        "stopped",
        "stopping",
        "terminated",
    }
)


def check_instance_state(value: object, field: str = "InstanceState") -> InstanceState:
    if value in INSTANCE_STATE_VALUES:
        return value
    return unknown_enum_value(field, value, INSTANCE_STATE_VALUES)


def check_instance_state_or_none(value: object, field: str = "InstanceState") -> InstanceState | None:
    if value is None or value in INSTANCE_STATE_VALUES:
        return value
    return unknown_enum_value(field, value, INSTANCE_STATE_VALUES)
