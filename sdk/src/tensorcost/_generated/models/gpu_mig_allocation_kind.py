from typing import Literal

GpuMigAllocationKind = Literal["kubernetes_pod", "process", "slurm_job"]

GPU_MIG_ALLOCATION_KIND_VALUES: set[GpuMigAllocationKind] = {
    "kubernetes_pod",
    "process",
    "slurm_job",
}


def check_gpu_mig_allocation_kind(value: str) -> GpuMigAllocationKind:
    if value in GPU_MIG_ALLOCATION_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPU_MIG_ALLOCATION_KIND_VALUES!r}"
    )
