from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_actor_type import (
    AUDIT_ACTOR_TYPE_VALUES,
    AuditActorType,
    check_audit_actor_type,
)
from ..types import (
    model_repr,
    parse_object,
    parse_str,
    parse_str_or_none,
)

T = TypeVar("T", bound="AuditActor")
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "email",
    }
)


@_attrs_define(repr=False)
class AuditActor:
    """Who did it."""

    type_: AuditActorType
    """ `user`: a member. `agent`: a request signed with an agent credential. `system`: a TensorCost service. """
    id: str
    """ The member id (`mem_...`) for users, the key id (`key_...`) for agents, the service name for system actors.
    """
    email: None | str
    """ The user's email; `null` for agents and system actors. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        type_: str = self.type_

        id = self.id

        email: None | str
        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "email": email,
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
        obj.type_ = (
            v
            if (v := d["type"]) in AUDIT_ACTOR_TYPE_VALUES
            else check_audit_actor_type(d["type"], "AuditActor.type")
        )
        obj.id = v if (v := d["id"]).__class__ is str else parse_str(d["id"])
        obj.email = v if (v := d["email"]) is None or v.__class__ is str else parse_str_or_none(d["email"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 3 else {}
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
