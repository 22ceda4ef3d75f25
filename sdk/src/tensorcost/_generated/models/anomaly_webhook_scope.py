from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source import SOURCE_VALUES, Source, check_source
from ..types import (
    UNSET,
    Unset,
    model_repr,
    parse_object,
    parse_optional,
    parse_str,
)

T = TypeVar("T", bound="AnomalyWebhookScope")
_FIELDS: frozenset[str] = frozenset(
    {
        "source",
        "model_id",
        "application",
        "team",
        "agent_id",
        "workflow_id",
    }
)


@_attrs_define(repr=False)
class AnomalyWebhookScope:
    """What the anomalous spend is attributed to; absent keys are not part of the scope."""

    source: Source
    """ Where spend comes from. """
    model_id: str | Unset = UNSET
    """ Provider model id. """
    application: str | Unset = UNSET
    """ Application tag value. """
    team: str | Unset = UNSET
    """ Team tag value. """
    agent_id: str | Unset = UNSET
    """ The agent. Opaque string; ids start with `agt_`. """
    workflow_id: str | Unset = UNSET
    """ The agent workflow. Opaque string; ids start with `wf_`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        source: str = self.source

        model_id = self.model_id

        application = self.application

        team = self.team

        agent_id = self.agent_id

        workflow_id = self.workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
            }
        )
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if application is not UNSET:
            field_dict["application"] = application
        if team is not UNSET:
            field_dict["team"] = team
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id

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
        obj.source = (
            v
            if (v := d["source"]) in SOURCE_VALUES
            else check_source(d["source"], "AnomalyWebhookScope.source")
        )
        obj.model_id = (
            v
            if (v := d.get("model_id", UNSET)) is UNSET or v.__class__ is str
            else parse_optional(parse_str, d.get("model_id", UNSET))
        )
        obj.application = (
            v
            if (v := d.get("application", UNSET)) is UNSET or v.__class__ is str
            else parse_optional(parse_str, d.get("application", UNSET))
        )
        obj.team = (
            v
            if (v := d.get("team", UNSET)) is UNSET or v.__class__ is str
            else parse_optional(parse_str, d.get("team", UNSET))
        )
        obj.agent_id = (
            v
            if (v := d.get("agent_id", UNSET)) is UNSET or v.__class__ is str
            else parse_optional(parse_str, d.get("agent_id", UNSET))
        )
        obj.workflow_id = (
            v
            if (v := d.get("workflow_id", UNSET)) is UNSET or v.__class__ is str
            else parse_optional(parse_str, d.get("workflow_id", UNSET))
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 1 else {}
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
