from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
GpuMigAllocationKind = Literal["kubernetes_pod", "process", "slurm_job"] | UnknownEnumValue

GPU_MIG_ALLOCATION_KIND_VALUES: frozenset[GpuMigAllocationKind] = frozenset(
    {
        "kubernetes_pod",
        "process",
        "slurm_job",
    }
)


def check_gpu_mig_allocation_kind(value: object, field: str = "GpuMigAllocationKind") -> GpuMigAllocationKind:
    if value in GPU_MIG_ALLOCATION_KIND_VALUES:
        return value
    return unknown_enum_value(field, value, GPU_MIG_ALLOCATION_KIND_VALUES)


def check_gpu_mig_allocation_kind_or_none(
    value: object, field: str = "GpuMigAllocationKind"
) -> GpuMigAllocationKind | None:
    if value is None or value in GPU_MIG_ALLOCATION_KIND_VALUES:
        return value
    return unknown_enum_value(field, value, GPU_MIG_ALLOCATION_KIND_VALUES)
