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
    parse_optional_nullable,
    parse_str,
)

T = TypeVar("T", bound="AlertScope")
_FIELDS: frozenset[str] = frozenset(
    {
        "source",
        "team",
        "application",
        "budget_id",
        "instance_id",
        "model_id",
    }
)


@_attrs_define(repr=False)
class AlertScope:
    """What an alert rule watches, or what an alert is about. Every field is optional; an omitted
    or null field does not narrow the scope.

    """

    source: None | Source | Unset = UNSET
    """ Only spend from this source. """
    team: None | str | Unset = UNSET
    """ Only spend tagged with this team. """
    application: None | str | Unset = UNSET
    """ Only spend tagged with this application. """
    budget_id: None | str | Unset = UNSET
    """ The budget whose burn or forecast is watched (for budget metrics). Opaque string; ids start with `bud_`. """
    instance_id: None | str | Unset = UNSET
    """ Only this GPU instance. Opaque string; ids start with `gpu_`. """
    model_id: None | str | Unset = UNSET
    """ Only this model, as the provider names it (e.g. `anthropic.claude-3-5-sonnet-20241022-v2:0`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, str):
            source = self.source
        else:
            source = self.source

        team: None | str | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        else:
            team = self.team

        application: None | str | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        else:
            application = self.application

        budget_id: None | str | Unset
        if isinstance(self.budget_id, Unset):
            budget_id = UNSET
        else:
            budget_id = self.budget_id

        instance_id: None | str | Unset
        if isinstance(self.instance_id, Unset):
            instance_id = UNSET
        else:
            instance_id = self.instance_id

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if team is not UNSET:
            field_dict["team"] = team
        if application is not UNSET:
            field_dict["application"] = application
        if budget_id is not UNSET:
            field_dict["budget_id"] = budget_id
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if model_id is not UNSET:
            field_dict["model_id"] = model_id

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
            if (v := d.get("source", UNSET)) is UNSET or v is None or v in SOURCE_VALUES
            else parse_optional_nullable(check_source, d.get("source", UNSET))
        )
        obj.team = (
            v
            if (v := d.get("team", UNSET)) is UNSET or v is None or v.__class__ is str
            else parse_optional_nullable(parse_str, d.get("team", UNSET))
        )
        obj.application = (
            v
            if (v := d.get("application", UNSET)) is UNSET or v is None or v.__class__ is str
            else parse_optional_nullable(parse_str, d.get("application", UNSET))
        )
        obj.budget_id = (
            v
            if (v := d.get("budget_id", UNSET)) is UNSET or v is None or v.__class__ is str
            else parse_optional_nullable(parse_str, d.get("budget_id", UNSET))
        )
        obj.instance_id = (
            v
            if (v := d.get("instance_id", UNSET)) is UNSET or v is None or v.__class__ is str
            else parse_optional_nullable(parse_str, d.get("instance_id", UNSET))
        )
        obj.model_id = (
            v
            if (v := d.get("model_id", UNSET)) is UNSET or v is None or v.__class__ is str
            else parse_optional_nullable(parse_str, d.get("model_id", UNSET))
        )
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
