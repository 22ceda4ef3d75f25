from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source import Source, check_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyScope")


@_attrs_define
class PolicyScope:
    """What a policy applies to. Each list narrows the scope; an omitted or empty list means all."""

    sources: list[Source] | Unset = UNSET
    """ Spend sources covered. """
    teams: list[str] | Unset = UNSET
    """ Teams covered (the `team` tag). """
    applications: list[str] | Unset = UNSET
    """ Applications covered (the `application` tag). """
    model_ids: list[str] | Unset = UNSET
    """ Models covered, as the provider names them. """
    instance_ids: list[str] | Unset = UNSET
    """ GPU instances covered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item: str = sources_item_data
                sources.append(sources_item)

        teams: list[str] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = self.teams

        applications: list[str] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = self.applications

        model_ids: list[str] | Unset = UNSET
        if not isinstance(self.model_ids, Unset):
            model_ids = self.model_ids

        instance_ids: list[str] | Unset = UNSET
        if not isinstance(self.instance_ids, Unset):
            instance_ids = self.instance_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sources is not UNSET:
            field_dict["sources"] = sources
        if teams is not UNSET:
            field_dict["teams"] = teams
        if applications is not UNSET:
            field_dict["applications"] = applications
        if model_ids is not UNSET:
            field_dict["model_ids"] = model_ids
        if instance_ids is not UNSET:
            field_dict["instance_ids"] = instance_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _sources = d.pop("sources", UNSET)
        sources: list[Source] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = check_source(sources_item_data)

                sources.append(sources_item)

        teams = cast(list[str], d.pop("teams", UNSET))

        applications = cast(list[str], d.pop("applications", UNSET))

        model_ids = cast(list[str], d.pop("model_ids", UNSET))

        instance_ids = cast(list[str], d.pop("instance_ids", UNSET))

        policy_scope = cls(
            sources=sources,
            teams=teams,
            applications=applications,
            model_ids=model_ids,
            instance_ids=instance_ids,
        )

        policy_scope.additional_properties = d
        return policy_scope

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
