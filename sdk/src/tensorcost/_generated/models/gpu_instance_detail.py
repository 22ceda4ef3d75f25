from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instance_state import InstanceState, check_instance_state

if TYPE_CHECKING:
    from ..models.gpu_metric_sample import GpuMetricSample
    from ..models.money import Money
    from ..models.tags import Tags


T = TypeVar("T", bound="GpuInstanceDetail")


@_attrs_define
class GpuInstanceDetail:
    """A GPU instance with the latest metric sample of each of its GPUs."""

    id: str
    """ Instance id. Opaque string; ids start with `gpu_`. """
    name: str
    """ Display name (the provider's Name tag or the hostname). """
    state: InstanceState
    """ Lifecycle state of a GPU instance (the EC2 states minus `shutting-down`). """
    instance_type: str
    """ Provider instance type, e.g. `p5.48xlarge`, `Standard_ND96isr_H100_v5`, `a2-highgpu-2g`. """
    gpu_type: str
    """ GPU model and memory, e.g. `H100-80GB`, `A100-40GB`, `L40S-48GB`. """
    gpu_count: int
    """ Number of physical GPUs. """
    region: str
    """ Provider region, e.g. `us-east-1`; the site name for on-prem hosts. """
    tags: Tags
    """ Key-value tags (FOCUS format); values are scalars, never nested. """
    hourly_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    mig_enabled: bool
    """ Whether MIG mode is enabled on at least one of its GPUs. """
    agent_id: None | str
    """ The GPU agent reporting its metrics; null when none is installed. Opaque string; ids start with `gpa_`. """
    launched_at: datetime.datetime
    """ When the instance was launched (or first seen, for on-prem hosts). """
    latest_metrics: list[GpuMetricSample]
    """ The most recent DCGM sample per GPU index; empty when no agent has reported. """
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

        launched_at = self.launched_at.isoformat()

        latest_metrics = []
        for latest_metrics_item_data in self.latest_metrics:
            latest_metrics_item = latest_metrics_item_data.to_dict()
            latest_metrics.append(latest_metrics_item)

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
                "launched_at": launched_at,
                "latest_metrics": latest_metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gpu_metric_sample import GpuMetricSample  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        state = check_instance_state(d.pop("state"))

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

        launched_at = datetime.datetime.fromisoformat(d.pop("launched_at"))

        latest_metrics = []
        _latest_metrics = d.pop("latest_metrics")
        for latest_metrics_item_data in _latest_metrics:
            latest_metrics_item = GpuMetricSample.from_dict(latest_metrics_item_data)

            latest_metrics.append(latest_metrics_item)

        gpu_instance_detail = cls(
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
            launched_at=launched_at,
            latest_metrics=latest_metrics,
        )

        gpu_instance_detail.additional_properties = d
        return gpu_instance_detail

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
