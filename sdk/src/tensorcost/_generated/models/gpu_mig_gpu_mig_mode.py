from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
GpuMigGpuMigMode = Literal["disabled", "enabled"] | UnknownEnumValue

GPU_MIG_GPU_MIG_MODE_VALUES: frozenset[GpuMigGpuMigMode] = frozenset(
    {
        "disabled",
        "enabled",
    }
)


def check_gpu_mig_gpu_mig_mode(value: object, field: str = "GpuMigGpuMigMode") -> GpuMigGpuMigMode:
    if value in GPU_MIG_GPU_MIG_MODE_VALUES:
        return value
    return unknown_enum_value(field, value, GPU_MIG_GPU_MIG_MODE_VALUES)


def check_gpu_mig_gpu_mig_mode_or_none(
    value: object, field: str = "GpuMigGpuMigMode"
) -> GpuMigGpuMigMode | None:
    if value is None or value in GPU_MIG_GPU_MIG_MODE_VALUES:
        return value
    return unknown_enum_value(field, value, GPU_MIG_GPU_MIG_MODE_VALUES)
