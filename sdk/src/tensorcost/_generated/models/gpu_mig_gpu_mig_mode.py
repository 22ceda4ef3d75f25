from typing import Literal

GpuMigGpuMigMode = Literal["disabled", "enabled"]

GPU_MIG_GPU_MIG_MODE_VALUES: set[GpuMigGpuMigMode] = {
    "disabled",
    "enabled",
}


def check_gpu_mig_gpu_mig_mode(value: str) -> GpuMigGpuMigMode:
    if value in GPU_MIG_GPU_MIG_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPU_MIG_GPU_MIG_MODE_VALUES!r}"
    )
