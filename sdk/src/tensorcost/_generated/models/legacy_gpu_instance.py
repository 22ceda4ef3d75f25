from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.legacy_gpu_instance_state import (
    LegacyGpuInstanceState,
    check_legacy_gpu_instance_state,
)

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.tags import Tags


T = TypeVar("T", bound="LegacyGpuInstance")


@_attrs_define
class LegacyGpuInstance:
    """A GPU instance as the deprecated `gpu_list_instances_legacy` returns it: the core fields
    of the `/v1` instance.

    """

    id: str
    """ Instance id. Opaque string; ids start with `gpu_`. """
    name: str
    """ Instance name. """
    state: LegacyGpuInstanceState
    """ Lifecycle state. """
    instance_type: str
    """ Cloud instance type, e.g. `p5.48xlarge`. """
    gpu_type: str
    """ GPU model. """
    gpu_count: int
    """ GPUs attached. """
    region: str
    """ Cloud region. """
    tags: Tags
    """ Key-value tags (FOCUS format); values are scalars, never nested. """
    hourly_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    mig_enabled: bool
    """ Whether MIG mode is on. """
    agent_id: None | str
    """ The TensorCost agent on the host; `null` if none. Opaque string; ids start with `gpa_`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        state: str = self.state

        instance_type = self.instance_type

        gpu_type = self.gpu_type

        gpu_count = self.gpu_count

        region = self.region

        tags = self.tags.to_dict()

        hourly_cost = self.hourly_cost.to_dict()

        mig_enabled = self.mig_enabled

        agent_id: None | str
        agent_id = self.agent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "state": state,
                "instance_type": instance_type,
                "gpu_type": gpu_type,
                "gpu_count": gpu_count,
                "region": region,
                "tags": tags,
                "hourly_cost": hourly_cost,
                "mig_enabled": mig_enabled,
                "agent_id": agent_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        state = check_legacy_gpu_instance_state(d.pop("state"))

        instance_type = d.pop("instance_type")

        gpu_type = d.pop("gpu_type")

        gpu_count = d.pop("gpu_count")

        region = d.pop("region")

        tags = Tags.from_dict(d.pop("tags"))

        hourly_cost = Money.from_dict(d.pop("hourly_cost"))

        mig_enabled = d.pop("mig_enabled")

        def _parse_agent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_id = _parse_agent_id(d.pop("agent_id"))

        legacy_gpu_instance = cls(
            id=id,
            name=name,
            state=state,
            instance_type=instance_type,
            gpu_type=gpu_type,
            gpu_count=gpu_count,
            region=region,
            tags=tags,
            hourly_cost=hourly_cost,
            mig_enabled=mig_enabled,
            agent_id=agent_id,
        )

        legacy_gpu_instance.additional_properties = d
        return legacy_gpu_instance

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
