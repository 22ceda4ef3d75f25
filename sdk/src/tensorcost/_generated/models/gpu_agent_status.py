from typing import Literal

GpuAgentStatus = Literal["connected", "degraded", "disconnected", "never_connected"]

GPU_AGENT_STATUS_VALUES: set[GpuAgentStatus] = {
    "connected",
    "degraded",
    "disconnected",
    "never_connected",
}


def check_gpu_agent_status(value: str) -> GpuAgentStatus:
    if value in GPU_AGENT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPU_AGENT_STATUS_VALUES!r}"
    )
