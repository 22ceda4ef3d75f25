from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import gpu_mig_gpu as _gpu_mig_gpu
from ..types import (
    model_repr,
    parse_list,
    parse_object,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.gpu_mig_gpu import GpuMigGpu


T = TypeVar("T", bound="GpuMigHost")
_FIELDS: frozenset[str] = frozenset(
    {
        "instance_id",
        "hostname",
        "gpu_type",
        "gpus",
    }
)


@_attrs_define(repr=False)
class GpuMigHost:
    """A host with MIG-capable GPUs."""

    instance_id: str
    """ The GPU instance this host is. Opaque string; ids start with `gpu_`. """
    hostname: str
    """ Host name as the agent reports it. """
    gpu_type: str
    """ GPU model and memory, e.g. `A100-80GB`. """
    gpus: list[GpuMigGpu]
    """ The host's GPUs, by index. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        instance_id = self.instance_id

        hostname = self.hostname

        gpu_type = self.gpu_type

        gpus = []
        for gpus_item_data in self.gpus:
            gpus_item = gpus_item_data.to_dict()
            gpus.append(gpus_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance_id": instance_id,
                "hostname": hostname,
                "gpu_type": gpu_type,
                "gpus": gpus,
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
        obj.instance_id = v if (v := d["instance_id"]).__class__ is str else parse_str(d["instance_id"])
        obj.hostname = v if (v := d["hostname"]).__class__ is str else parse_str(d["hostname"])
        obj.gpu_type = v if (v := d["gpu_type"]).__class__ is str else parse_str(d["gpu_type"])
        obj.gpus = parse_list(_gpu_mig_gpu.GpuMigGpu.from_dict, d["gpus"])
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
