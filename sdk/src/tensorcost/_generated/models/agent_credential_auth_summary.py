from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgentCredentialAuthSummary")


@_attrs_define
class AgentCredentialAuthSummary:
    """The agent credential the cluster's agents sign with."""

    method: Literal["agent_credential"]
    """ Always `agent_credential`. """
    key_id: str
    """ Key id of the agent credential. Opaque string; ids start with `key_`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        key_id = self.key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "key_id": key_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = cast(Literal["agent_credential"], d.pop("method"))
        if method != "agent_credential":
            raise ValueError(
                f"method must match const 'agent_credential', got '{method}'"
            )

        key_id = d.pop("key_id")

        agent_credential_auth_summary = cls(
            method=method,
            key_id=key_id,
        )

        agent_credential_auth_summary.additional_properties = d
        return agent_credential_auth_summary

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
