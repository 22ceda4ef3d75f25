from typing import Literal

from ..types import not_one_of

GpuMigAllocationKind = Literal["kubernetes_pod", "process", "slurm_job"]

GPU_MIG_ALLOCATION_KIND_VALUES: frozenset[GpuMigAllocationKind] = frozenset(
    {
        "kubernetes_pod",
        "process",
        "slurm_job",
    }
)


def check_gpu_mig_allocation_kind(value: object) -> GpuMigAllocationKind:
    if value in GPU_MIG_ALLOCATION_KIND_VALUES:
        return value
    raise not_one_of(value, GPU_MIG_ALLOCATION_KIND_VALUES)


def check_gpu_mig_allocation_kind_or_none(value: object) -> GpuMigAllocationKind | None:
    if value is None or value in GPU_MIG_ALLOCATION_KIND_VALUES:
        return value
    raise not_one_of(value, GPU_MIG_ALLOCATION_KIND_VALUES)
