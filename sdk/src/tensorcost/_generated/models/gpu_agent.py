from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_agent_status import GpuAgentStatus, check_gpu_agent_status

T = TypeVar("T", bound="GpuAgent")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        hostname = d.pop("hostname")

        def _parse_instance_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        instance_id = _parse_instance_id(d.pop("instance_id"))

        status = check_gpu_agent_status(d.pop("status"))

        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))

        def _parse_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        version = _parse_version(d.pop("version"))

        def _parse_driver_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        driver_version = _parse_driver_version(d.pop("driver_version"))

        def _parse_last_seen_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_seen_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_seen_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_seen_at = _parse_last_seen_at(d.pop("last_seen_at"))

        registered_at = datetime.datetime.fromisoformat(d.pop("registered_at"))

        gpu_agent = cls(
            id=id,
            hostname=hostname,
            instance_id=instance_id,
            status=status,
            status_reason=status_reason,
            version=version,
            driver_version=driver_version,
            last_seen_at=last_seen_at,
            registered_at=registered_at,
        )

        gpu_agent.additional_properties = d
        return gpu_agent

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
