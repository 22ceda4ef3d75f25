from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source import SOURCE_VALUES, Source, check_source_or_none
from ..types import (
    model_repr,
    parse_object,
    parse_str_or_none,
)

T = TypeVar("T", bound="AiAnomalyScope")
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
class AiAnomalyScope:
    """What the anomaly was detected on; null fields are not part of the scope."""

    source: None | Source
    """ The source, if the anomaly is limited to one. """
    model_id: None | str
    """ The model, if the anomaly is limited to one. """
    application: None | str
    """ The application, if limited to one. """
    team: None | str
    """ The team, if limited to one. """
    agent_id: None | str
    """ The AI agent, if limited to one. Opaque string; ids start with `agt_`. """
    workflow_id: None | str
    """ The workflow, if limited to one. Opaque string; ids start with `wf_`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        source: None | str
        if isinstance(self.source, str):
            source = self.source
        else:
            source = self.source

        model_id: None | str
        model_id = self.model_id

        application: None | str
        application = self.application

        team: None | str
        team = self.team

        agent_id: None | str
        agent_id = self.agent_id

        workflow_id: None | str
        workflow_id = self.workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "model_id": model_id,
                "application": application,
                "team": team,
                "agent_id": agent_id,
                "workflow_id": workflow_id,
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
        obj.source = (
            v
            if (v := d["source"]) is None or v in SOURCE_VALUES
            else check_source_or_none(d["source"], "AiAnomalyScope.source")
        )
        obj.model_id = (
            v if (v := d["model_id"]) is None or v.__class__ is str else parse_str_or_none(d["model_id"])
        )
        obj.application = (
            v
            if (v := d["application"]) is None or v.__class__ is str
            else parse_str_or_none(d["application"])
        )
        obj.team = v if (v := d["team"]) is None or v.__class__ is str else parse_str_or_none(d["team"])
        obj.agent_id = (
            v if (v := d["agent_id"]) is None or v.__class__ is str else parse_str_or_none(d["agent_id"])
        )
        obj.workflow_id = (
            v
            if (v := d["workflow_id"]) is None or v.__class__ is str
            else parse_str_or_none(d["workflow_id"])
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 6 else {}
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
