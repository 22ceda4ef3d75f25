from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    parse_object,
    parse_str_or_none,
)

T = TypeVar("T", bound="AiAttribution")
_FIELDS: frozenset[str] = frozenset(
    {
        "application",
        "team",
        "environment",
        "owner",
        "agent_id",
        "workflow_id",
        "trace_id",
    }
)


@_attrs_define(repr=False)
class AiAttribution:
    """Who an inference event is charged to, from request tags and agent/workflow headers (FOCUS `x_` tag columns)."""

    application: None | str
    """ Application tag; null when untagged. """
    team: None | str
    """ Team tag; null when untagged. """
    environment: None | str
    """ Environment tag, e.g. `prod`; null when untagged. """
    owner: None | str
    """ Owner tag; null when untagged. """
    agent_id: None | str
    """ The AI agent that made the call, if any. Opaque string; ids start with `agt_`. """
    workflow_id: None | str
    """ The workflow the call belongs to, if any. Opaque string; ids start with `wf_`. """
    trace_id: None | str
    """ W3C trace id of the calling request, if propagated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        application: None | str
        application = self.application

        team: None | str
        team = self.team

        environment: None | str
        environment = self.environment

        owner: None | str
        owner = self.owner

        agent_id: None | str
        agent_id = self.agent_id

        workflow_id: None | str
        workflow_id = self.workflow_id

        trace_id: None | str
        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
                "team": team,
                "environment": environment,
                "owner": owner,
                "agent_id": agent_id,
                "workflow_id": workflow_id,
                "trace_id": trace_id,
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
        obj.application = (
            v
            if (v := d["application"]) is None or v.__class__ is str
            else parse_str_or_none(d["application"])
        )
        obj.team = v if (v := d["team"]) is None or v.__class__ is str else parse_str_or_none(d["team"])
        obj.environment = (
            v
            if (v := d["environment"]) is None or v.__class__ is str
            else parse_str_or_none(d["environment"])
        )
        obj.owner = v if (v := d["owner"]) is None or v.__class__ is str else parse_str_or_none(d["owner"])
        obj.agent_id = (
            v if (v := d["agent_id"]) is None or v.__class__ is str else parse_str_or_none(d["agent_id"])
        )
        obj.workflow_id = (
            v
            if (v := d["workflow_id"]) is None or v.__class__ is str
            else parse_str_or_none(d["workflow_id"])
        )
        obj.trace_id = (
            v if (v := d["trace_id"]) is None or v.__class__ is str else parse_str_or_none(d["trace_id"])
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 7 else {}
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
