from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
GpuAgentStatus = Literal["connected", "degraded", "disconnected", "never_connected"] | UnknownEnumValue

GPU_AGENT_STATUS_VALUES: frozenset[GpuAgentStatus] = frozenset(
    {
        "connected",
        "degraded",
        "disconnected",
        "never_connected",
    }
)


def check_gpu_agent_status(value: object, field: str = "GpuAgentStatus") -> GpuAgentStatus:
    if value in GPU_AGENT_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, GPU_AGENT_STATUS_VALUES)


def check_gpu_agent_status_or_none(value: object, field: str = "GpuAgentStatus") -> GpuAgentStatus | None:
    if value is None or value in GPU_AGENT_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, GPU_AGENT_STATUS_VALUES)
