from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source import Source, check_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnomalyWebhookScope")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = check_source(d.pop("source"))

        model_id = d.pop("model_id", UNSET)

        application = d.pop("application", UNSET)

        team = d.pop("team", UNSET)

        agent_id = d.pop("agent_id", UNSET)

        workflow_id = d.pop("workflow_id", UNSET)

        anomaly_webhook_scope = cls(
            source=source,
            model_id=model_id,
            application=application,
            team=team,
            agent_id=agent_id,
            workflow_id=workflow_id,
        )

        anomaly_webhook_scope.additional_properties = d
        return anomaly_webhook_scope

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
