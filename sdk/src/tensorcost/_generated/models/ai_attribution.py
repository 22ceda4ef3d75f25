from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AiAttribution")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_environment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        environment = _parse_environment(d.pop("environment"))

        def _parse_owner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner = _parse_owner(d.pop("owner"))

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

        def _parse_trace_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        trace_id = _parse_trace_id(d.pop("trace_id"))

        ai_attribution = cls(
            application=application,
            team=team,
            environment=environment,
            owner=owner,
            agent_id=agent_id,
            workflow_id=workflow_id,
            trace_id=trace_id,
        )

        ai_attribution.additional_properties = d
        return ai_attribution

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
