from typing import Literal

from ..types import not_one_of

GpuAgentStatus = Literal["connected", "degraded", "disconnected", "never_connected"]

GPU_AGENT_STATUS_VALUES: frozenset[GpuAgentStatus] = frozenset(
    {
        "connected",
        "degraded",
        "disconnected",
        "never_connected",
    }
)


def check_gpu_agent_status(value: object) -> GpuAgentStatus:
    if value in GPU_AGENT_STATUS_VALUES:
        return value
    raise not_one_of(value, GPU_AGENT_STATUS_VALUES)


def check_gpu_agent_status_or_none(value: object) -> GpuAgentStatus | None:
    if value is None or value in GPU_AGENT_STATUS_VALUES:
        return value
    raise not_one_of(value, GPU_AGENT_STATUS_VALUES)
