from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_mig_allocation_kind import (
    GpuMigAllocationKind,
    check_gpu_mig_allocation_kind,
)

T = TypeVar("T", bound="GpuMigAllocation")


@_attrs_define
class GpuMigAllocation:
    """The workload a MIG slice is allocated to."""

    kind: GpuMigAllocationKind
    """ What kind of workload holds the slice. """
    name: str
    """ Pod name, Slurm job id or process name. """
    namespace: None | str
    """ Kubernetes namespace; null for other kinds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        name = self.name

        namespace: None | str
        namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "namespace": namespace,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_gpu_mig_allocation_kind(d.pop("kind"))

        name = d.pop("name")

        def _parse_namespace(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        namespace = _parse_namespace(d.pop("namespace"))

        gpu_mig_allocation = cls(
            kind=kind,
            name=name,
            namespace=namespace,
        )

        gpu_mig_allocation.additional_properties = d
        return gpu_mig_allocation

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
