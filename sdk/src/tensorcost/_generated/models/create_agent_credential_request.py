from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_scope import (
    AgentScope,
    check_agent_scope,
)
from ..types import (
    UNSET,
    Unset,
    model_repr,
    parse_datetime,
    parse_list,
    parse_object,
    parse_optional_nullable,
    parse_str,
)

T = TypeVar("T", bound="CreateAgentCredentialRequest")
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "scopes",
        "expires_at",
    }
)


@_attrs_define(repr=False)
class CreateAgentCredentialRequest:
    """Body of `identity_create_agent_credential`."""

    name: str
    """ What the key is for, e.g. the agent or cluster name. """
    scopes: list[AgentScope]
    """ The scopes granted; grant the fewest that work. """
    expires_at: datetime.datetime | None | Unset = UNSET
    """ When the key stops working; `null` or omitted for no expiry. A time in the past is a 400
    `VALIDATION_FAILED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        name = self.name

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item: str = scopes_item_data
            scopes.append(scopes_item)

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "scopes": scopes,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

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
        obj.name = v if (v := d["name"]).__class__ is str else parse_str(d["name"])
        obj.scopes = parse_list(check_agent_scope, d["scopes"])
        obj.expires_at = parse_optional_nullable(parse_datetime, d.get("expires_at", UNSET))
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 2 else {}
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
