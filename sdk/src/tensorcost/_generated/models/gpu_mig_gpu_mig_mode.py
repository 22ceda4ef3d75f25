from typing import Literal

from ..types import not_one_of

GpuMigGpuMigMode = Literal["disabled", "enabled"]

GPU_MIG_GPU_MIG_MODE_VALUES: frozenset[GpuMigGpuMigMode] = frozenset(
    {
        "disabled",
        "enabled",
    }
)


def check_gpu_mig_gpu_mig_mode(value: object) -> GpuMigGpuMigMode:
    if value in GPU_MIG_GPU_MIG_MODE_VALUES:
        return value
    raise not_one_of(value, GPU_MIG_GPU_MIG_MODE_VALUES)


def check_gpu_mig_gpu_mig_mode_or_none(value: object) -> GpuMigGpuMigMode | None:
    if value is None or value in GPU_MIG_GPU_MIG_MODE_VALUES:
        return value
    raise not_one_of(value, GPU_MIG_GPU_MIG_MODE_VALUES)
