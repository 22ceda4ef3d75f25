from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_agent_status import (
    GPU_AGENT_STATUS_VALUES,
    GpuAgentStatus,
    check_gpu_agent_status,
)
from ..types import (
    model_repr,
    parse_datetime,
    parse_datetime_or_none,
    parse_object,
    parse_str,
    parse_str_or_none,
)

T = TypeVar("T", bound="GpuAgent")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "hostname",
        "instance_id",
        "status",
        "status_reason",
        "version",
        "driver_version",
        "last_seen_at",
        "registered_at",
    }
)


@_attrs_define(repr=False)
class GpuAgent:
    """A TensorCost GPU agent (DCGM collector) installed on a GPU host."""

    id: str
    """ Agent id. Opaque string; ids start with `gpa_`. """
    hostname: str
    """ Host name the agent registered with. """
    instance_id: None | str
    """ The instance the agent reports for; null until it has connected. Opaque string; ids start with `gpu_`. """
    status: GpuAgentStatus
    """ Connection status of a GPU agent. `degraded` means connected but some collectors fail. """
    status_reason: None | str
    """ Why the agent is degraded, disconnected or never connected; null when connected. """
    version: None | str
    """ Agent version (semver); null before the first connection. """
    driver_version: None | str
    """ NVIDIA driver version on the host, e.g. `570.172.08`; null before the first connection. """
    last_seen_at: datetime.datetime | None
    """ Last heartbeat; null if the agent never connected. """
    registered_at: datetime.datetime
    """ When the agent was registered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        id = self.id

        hostname = self.hostname

        instance_id: None | str
        instance_id = self.instance_id

        status: str = self.status

        status_reason: None | str
        status_reason = self.status_reason

        version: None | str
        version = self.version

        driver_version: None | str
        driver_version = self.driver_version

        last_seen_at: None | str
        if isinstance(self.last_seen_at, datetime.datetime):
            last_seen_at = self.last_seen_at.isoformat()
        else:
            last_seen_at = self.last_seen_at

        registered_at = self.registered_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "hostname": hostname,
                "instance_id": instance_id,
                "status": status,
                "status_reason": status_reason,
                "version": version,
                "driver_version": driver_version,
                "last_seen_at": last_seen_at,
                "registered_at": registered_at,
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
        obj.hostname = v if (v := d["hostname"]).__class__ is str else parse_str(d["hostname"])
        obj.instance_id = (
            v
            if (v := d["instance_id"]) is None or v.__class__ is str
            else parse_str_or_none(d["instance_id"])
        )
        obj.status = (
            v
            if (v := d["status"]) in GPU_AGENT_STATUS_VALUES
            else check_gpu_agent_status(d["status"], "GpuAgent.status")
        )
        obj.status_reason = (
            v
            if (v := d["status_reason"]) is None or v.__class__ is str
            else parse_str_or_none(d["status_reason"])
        )
        obj.version = (
            v if (v := d["version"]) is None or v.__class__ is str else parse_str_or_none(d["version"])
        )
        obj.driver_version = (
            v
            if (v := d["driver_version"]) is None or v.__class__ is str
            else parse_str_or_none(d["driver_version"])
        )
        obj.last_seen_at = parse_datetime_or_none(d["last_seen_at"])
        obj.registered_at = parse_datetime(d["registered_at"])
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
