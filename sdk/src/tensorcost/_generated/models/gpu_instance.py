from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import money as _money
from ..models import tags as _tags
from ..models.instance_state import (
    INSTANCE_STATE_VALUES,
    InstanceState,
    check_instance_state,
)
from ..types import (
    model_repr,
    parse_bool,
    parse_datetime,
    parse_int,
    parse_object,
    parse_str,
    parse_str_or_none,
)

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.tags import Tags


T = TypeVar("T", bound="GpuInstance")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "state",
        "instance_type",
        "gpu_type",
        "gpu_count",
        "region",
        "tags",
        "hourly_cost",
        "mig_enabled",
        "agent_id",
        "launched_at",
    }
)


@_attrs_define(repr=False)
class GpuInstance:
    """A GPU instance (cloud VM or on-prem host) in the fleet inventory."""

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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
        obj.id = v if (v := d["id"]).__class__ is str else parse_str(d["id"])
        obj.name = v if (v := d["name"]).__class__ is str else parse_str(d["name"])
        obj.state = (
            v
            if (v := d["state"]) in INSTANCE_STATE_VALUES
            else check_instance_state(d["state"], "GpuInstance.state")
        )
        obj.instance_type = v if (v := d["instance_type"]).__class__ is str else parse_str(d["instance_type"])
        obj.gpu_type = v if (v := d["gpu_type"]).__class__ is str else parse_str(d["gpu_type"])
        obj.gpu_count = v if (v := d["gpu_count"]).__class__ is int else parse_int(d["gpu_count"])
        obj.region = v if (v := d["region"]).__class__ is str else parse_str(d["region"])
        obj.tags = _tags.Tags.from_dict(d["tags"])
        obj.hourly_cost = _money.Money.from_dict(d["hourly_cost"])
        obj.mig_enabled = v if (v := d["mig_enabled"]).__class__ is bool else parse_bool(d["mig_enabled"])
        obj.agent_id = (
            v if (v := d["agent_id"]) is None or v.__class__ is str else parse_str_or_none(d["agent_id"])
        )
        obj.launched_at = parse_datetime(d["launched_at"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 12 else {}
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
