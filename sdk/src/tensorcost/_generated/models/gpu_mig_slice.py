from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import gpu_mig_allocation as _gpu_mig_allocation
from ..models import gpu_mig_placement as _gpu_mig_placement
from ..types import (
    model_repr,
    parse_int,
    parse_nullable,
    parse_object,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.gpu_mig_allocation import GpuMigAllocation
    from ..models.gpu_mig_placement import GpuMigPlacement


T = TypeVar("T", bound="GpuMigSlice")
_FIELDS: frozenset[str] = frozenset(
    {
        "uuid",
        "profile",
        "gpu_instance_id",
        "compute_instance_id",
        "compute_slices",
        "memory_slices",
        "memory_mib",
        "placement",
        "allocated_to",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.uuid = v if (v := d["uuid"]).__class__ is str else parse_str(d["uuid"])
        obj.profile = v if (v := d["profile"]).__class__ is str else parse_str(d["profile"])
        obj.gpu_instance_id = (
            v if (v := d["gpu_instance_id"]).__class__ is int else parse_int(d["gpu_instance_id"])
        )
        obj.compute_instance_id = (
            v if (v := d["compute_instance_id"]).__class__ is int else parse_int(d["compute_instance_id"])
        )
        obj.compute_slices = (
            v if (v := d["compute_slices"]).__class__ is int else parse_int(d["compute_slices"])
        )
        obj.memory_slices = v if (v := d["memory_slices"]).__class__ is int else parse_int(d["memory_slices"])
        obj.memory_mib = v if (v := d["memory_mib"]).__class__ is int else parse_int(d["memory_mib"])
        obj.placement = _gpu_mig_placement.GpuMigPlacement.from_dict(d["placement"])
        obj.allocated_to = parse_nullable(_gpu_mig_allocation.GpuMigAllocation.from_dict, d["allocated_to"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 9 else {}
        )
        return obj

    def __repr__(self) -> str:
        return model_repr(self)

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
