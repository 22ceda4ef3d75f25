from typing import Literal

from ..types import not_one_of

LegacyGpuInstanceState = Literal[
    "pending", "running", "stopped", "stopping", "terminated"
]

LEGACY_GPU_INSTANCE_STATE_VALUES: frozenset[LegacyGpuInstanceState] = frozenset(
    {
        "pending",
        "running",
        "stopped",
        "stopping",
        "terminated",
    }
)


def check_legacy_gpu_instance_state(value: object) -> LegacyGpuInstanceState:
    if value in LEGACY_GPU_INSTANCE_STATE_VALUES:
        return value
    raise not_one_of(value, LEGACY_GPU_INSTANCE_STATE_VALUES)


def check_legacy_gpu_instance_state_or_none(
    value: object,
) -> LegacyGpuInstanceState | None:
    if value is None or value in LEGACY_GPU_INSTANCE_STATE_VALUES:
        return value
    raise not_one_of(value, LEGACY_GPU_INSTANCE_STATE_VALUES)
