from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gpu_instance_detail import GpuInstanceDetail


T = TypeVar("T", bound="GpuInstanceDetailResponse")


@_attrs_define
class GpuInstanceDetailResponse:
    """Envelope of `gpu_get_instance`."""

    success: bool
    """ Always `true`. """
    data: GpuInstanceDetail
    """ A GPU instance with the latest metric sample of each of its GPUs. """
    count: int | Unset = UNSET
    """ Number of items in `data` (1). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data.to_dict()

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gpu_instance_detail import GpuInstanceDetail  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        data = GpuInstanceDetail.from_dict(d.pop("data"))

        count = d.pop("count", UNSET)

        gpu_instance_detail_response = cls(
            success=success,
            data=data,
            count=count,
        )

        gpu_instance_detail_response.additional_properties = d
        return gpu_instance_detail_response

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
