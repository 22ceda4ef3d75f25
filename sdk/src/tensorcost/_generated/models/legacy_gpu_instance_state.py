from typing import Literal

LegacyGpuInstanceState = Literal[
    "pending", "running", "stopped", "stopping", "terminated"
]

LEGACY_GPU_INSTANCE_STATE_VALUES: set[LegacyGpuInstanceState] = {
    "pending",
    "running",
    "stopped",
    "stopping",
    "terminated",
}


def check_legacy_gpu_instance_state(value: str) -> LegacyGpuInstanceState:
    if value in LEGACY_GPU_INSTANCE_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEGACY_GPU_INSTANCE_STATE_VALUES!r}"
    )
