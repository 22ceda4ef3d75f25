from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.gpu_mig_allocation import GpuMigAllocation
    from ..models.gpu_mig_placement import GpuMigPlacement


T = TypeVar("T", bound="GpuMigSlice")


@_attrs_define
class GpuMigSlice:
    """One MIG device (a GPU instance with its compute instance)."""

    uuid: str
    """ The MIG device UUID. Opaque string as the NVIDIA driver reports it (usually `MIG-<uuid>`). """
    profile: str
    """ MIG profile, e.g. `1g.10gb`, `3g.40gb`, `7g.80gb`; `+me` adds media extensions. """
    gpu_instance_id: int
    """ GPU instance id (GI) on the GPU. """
    compute_instance_id: int
    """ Compute instance id (CI) within the GPU instance. """
    compute_slices: int
    """ Compute slices (of 7) the profile takes. """
    memory_slices: int
    """ Memory slices (of 8) the profile takes. """
    memory_mib: int
    """ Framebuffer memory of the slice in MiB. """
    placement: GpuMigPlacement
    """ Where the slice sits on the GPU, in memory-slice units (as nvidia-smi mig -lgip shows it). """
    allocated_to: GpuMigAllocation | None
    """ The workload using the slice; null when the slice is free. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.gpu_mig_allocation import GpuMigAllocation  # noqa: PLC0415

        uuid = self.uuid

        profile = self.profile

        gpu_instance_id = self.gpu_instance_id

        compute_instance_id = self.compute_instance_id

        compute_slices = self.compute_slices

        memory_slices = self.memory_slices

        memory_mib = self.memory_mib

        placement = self.placement.to_dict()

        allocated_to: dict[str, Any] | None
        if isinstance(self.allocated_to, GpuMigAllocation):
            allocated_to = self.allocated_to.to_dict()
        else:
            allocated_to = self.allocated_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "profile": profile,
                "gpu_instance_id": gpu_instance_id,
                "compute_instance_id": compute_instance_id,
                "compute_slices": compute_slices,
                "memory_slices": memory_slices,
                "memory_mib": memory_mib,
                "placement": placement,
                "allocated_to": allocated_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gpu_mig_allocation import GpuMigAllocation  # noqa: PLC0415
        from ..models.gpu_mig_placement import GpuMigPlacement  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        profile = d.pop("profile")

        gpu_instance_id = d.pop("gpu_instance_id")

        compute_instance_id = d.pop("compute_instance_id")

        compute_slices = d.pop("compute_slices")

        memory_slices = d.pop("memory_slices")

        memory_mib = d.pop("memory_mib")

        placement = GpuMigPlacement.from_dict(d.pop("placement"))

        def _parse_allocated_to(data: object) -> GpuMigAllocation | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allocated_to_type_0 = GpuMigAllocation.from_dict(data)

                return allocated_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GpuMigAllocation | None, data)

        allocated_to = _parse_allocated_to(d.pop("allocated_to"))

        gpu_mig_slice = cls(
            uuid=uuid,
            profile=profile,
            gpu_instance_id=gpu_instance_id,
            compute_instance_id=compute_instance_id,
            compute_slices=compute_slices,
            memory_slices=memory_slices,
            memory_mib=memory_mib,
            placement=placement,
            allocated_to=allocated_to,
        )

        gpu_mig_slice.additional_properties = d
        return gpu_mig_slice

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
