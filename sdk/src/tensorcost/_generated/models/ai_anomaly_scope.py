from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source import Source, check_source

T = TypeVar("T", bound="AiAnomalyScope")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_source(data: object) -> None | Source:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = check_source(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Source, data)

        source = _parse_source(d.pop("source"))

        def _parse_model_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        model_id = _parse_model_id(d.pop("model_id"))

        def _parse_application(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        application = _parse_application(d.pop("application"))

        def _parse_team(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team = _parse_team(d.pop("team"))

        def _parse_agent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_id = _parse_agent_id(d.pop("agent_id"))

        def _parse_workflow_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id"))

        ai_anomaly_scope = cls(
            source=source,
            model_id=model_id,
            application=application,
            team=team,
            agent_id=agent_id,
            workflow_id=workflow_id,
        )

        ai_anomaly_scope.additional_properties = d
        return ai_anomaly_scope

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
