from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.gpu_mig_gpu import GpuMigGpu


T = TypeVar("T", bound="GpuMigHost")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gpu_mig_gpu import GpuMigGpu  # noqa: PLC0415

        d = dict(src_dict)
        instance_id = d.pop("instance_id")

        hostname = d.pop("hostname")

        gpu_type = d.pop("gpu_type")

        gpus = []
        _gpus = d.pop("gpus")
        for gpus_item_data in _gpus:
            gpus_item = GpuMigGpu.from_dict(gpus_item_data)

            gpus.append(gpus_item)

        gpu_mig_host = cls(
            instance_id=instance_id,
            hostname=hostname,
            gpu_type=gpu_type,
            gpus=gpus,
        )

        gpu_mig_host.additional_properties = d
        return gpu_mig_host

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
