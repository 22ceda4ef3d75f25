from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
LegacyGpuInstanceState = Literal["pending", "running", "stopped", "stopping", "terminated"] | UnknownEnumValue

LEGACY_GPU_INSTANCE_STATE_VALUES: frozenset[LegacyGpuInstanceState] = frozenset(
    {
        "pending",
        "running",
        "stopped",
        "stopping",
        "terminated",
    }
)


def check_legacy_gpu_instance_state(
    value: object, field: str = "LegacyGpuInstanceState"
) -> LegacyGpuInstanceState:
    if value in LEGACY_GPU_INSTANCE_STATE_VALUES:
        return value
    return unknown_enum_value(field, value, LEGACY_GPU_INSTANCE_STATE_VALUES)


def check_legacy_gpu_instance_state_or_none(
    value: object, field: str = "LegacyGpuInstanceState"
) -> LegacyGpuInstanceState | None:
    if value is None or value in LEGACY_GPU_INSTANCE_STATE_VALUES:
        return value
    return unknown_enum_value(field, value, LEGACY_GPU_INSTANCE_STATE_VALUES)
