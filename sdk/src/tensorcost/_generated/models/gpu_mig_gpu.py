from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import gpu_mig_slice as _gpu_mig_slice
from ..models.gpu_mig_gpu_mig_mode import (
    GPU_MIG_GPU_MIG_MODE_VALUES,
    GpuMigGpuMigMode,
    check_gpu_mig_gpu_mig_mode,
)
from ..types import (
    model_repr,
    parse_int,
    parse_list,
    parse_object,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.gpu_mig_slice import GpuMigSlice


T = TypeVar("T", bound="GpuMigGpu")
_FIELDS: frozenset[str] = frozenset(
    {
        "index",
        "uuid",
        "mig_mode",
        "slices",
    }
)


@_attrs_define(repr=False)
class GpuMigGpu:
    """One physical GPU and its MIG layout."""

    index: int
    """ The GPU's index on the host. """
    uuid: str
    """ The GPU UUID (as in nvidia-smi -L). Opaque string as the NVIDIA driver reports it (usually `GPU-<uuid>`).
    """
    mig_mode: GpuMigGpuMigMode
    """ Current MIG mode of the GPU. """
    slices: list[GpuMigSlice]
    """ The GPU-instance slices; empty when MIG is disabled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        index = self.index

        uuid = self.uuid

        mig_mode: str = self.mig_mode

        slices = []
        for slices_item_data in self.slices:
            slices_item = slices_item_data.to_dict()
            slices.append(slices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "uuid": uuid,
                "mig_mode": mig_mode,
                "slices": slices,
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
        obj.index = v if (v := d["index"]).__class__ is int else parse_int(d["index"])
        obj.uuid = v if (v := d["uuid"]).__class__ is str else parse_str(d["uuid"])
        obj.mig_mode = (
            v
            if (v := d["mig_mode"]) in GPU_MIG_GPU_MIG_MODE_VALUES
            else check_gpu_mig_gpu_mig_mode(d["mig_mode"], "GpuMigGpu.mig_mode")
        )
        obj.slices = parse_list(_gpu_mig_slice.GpuMigSlice.from_dict, d["slices"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 4 else {}
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
