from __future__ import annotations

import json
from collections.abc import Mapping
from functools import partial
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source import Source, check_source
from ..types import (
    UNSET,
    Unset,
    model_repr,
    parse_list,
    parse_object,
    parse_optional,
    parse_str,
)

T = TypeVar("T", bound="PolicyScope")
_FIELDS: frozenset[str] = frozenset(
    {
        "sources",
        "teams",
        "applications",
        "model_ids",
        "instance_ids",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        obj = object.__new__(cls)
        obj.sources = parse_optional(partial(parse_list, check_source), d.get("sources", UNSET))
        obj.teams = parse_optional(partial(parse_list, parse_str), d.get("teams", UNSET))
        obj.applications = parse_optional(partial(parse_list, parse_str), d.get("applications", UNSET))
        obj.model_ids = parse_optional(partial(parse_list, parse_str), d.get("model_ids", UNSET))
        obj.instance_ids = parse_optional(partial(parse_list, parse_str), d.get("instance_ids", UNSET))
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 0 else {}
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
