from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_mig_allocation_kind import (
    GPU_MIG_ALLOCATION_KIND_VALUES,
    GpuMigAllocationKind,
    check_gpu_mig_allocation_kind,
)
from ..types import (
    model_repr,
    parse_object,
    parse_str,
    parse_str_or_none,
)

T = TypeVar("T", bound="GpuMigAllocation")
_FIELDS: frozenset[str] = frozenset(
    {
        "kind",
        "name",
        "namespace",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.kind = (
            v
            if (v := d["kind"]) in GPU_MIG_ALLOCATION_KIND_VALUES
            else check_gpu_mig_allocation_kind(d["kind"], "GpuMigAllocation.kind")
        )
        obj.name = v if (v := d["name"]).__class__ is str else parse_str(d["name"])
        obj.namespace = (
            v if (v := d["namespace"]) is None or v.__class__ is str else parse_str_or_none(d["namespace"])
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 3 else {}
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
