from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_status import (
    MEMBER_STATUS_VALUES,
    MemberStatus,
    check_member_status,
)
from ..models.role import ROLE_VALUES, Role, check_role
from ..types import (
    model_repr,
    parse_datetime,
    parse_datetime_or_none,
    parse_int_or_none,
    parse_object,
    parse_str,
    parse_str_or_none,
)

T = TypeVar("T", bound="Member")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "user_id",
        "email",
        "name",
        "role",
        "status",
        "invited_at",
        "joined_at",
        "last_active_at",
    }
)


@_attrs_define(repr=False)
class Member:
    """A person's membership in the tenant."""

    id: str
    """ Member id. Opaque string; ids start with `mem_`. """
    user_id: int | None
    """ The user's id (as in `auth_login`'s `user.id`); `null` until the invitation is accepted. """
    email: str
    """ Email address. """
    name: None | str
    """ Full name; `null` if not known yet. """
    role: Role
    """ A member's role in a tenant. Viewers may only read. """
    status: MemberStatus
    """ `invited`: invitation not yet accepted. `active`: can sign in. `suspended`: may not sign in; keeps role and
    history. """
    invited_at: datetime.datetime
    """ When the member was invited (or created, for the founding owner). """
    joined_at: datetime.datetime | None
    """ When the invitation was accepted; `null` while invited. """
    last_active_at: datetime.datetime | None
    """ Last authenticated request; `null` if never. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        id = self.id

        user_id: int | None
        user_id = self.user_id

        email = self.email

        name: None | str
        name = self.name

        role: str = self.role

        status: str = self.status

        invited_at = self.invited_at.isoformat()

        joined_at: None | str
        if isinstance(self.joined_at, datetime.datetime):
            joined_at = self.joined_at.isoformat()
        else:
            joined_at = self.joined_at

        last_active_at: None | str
        if isinstance(self.last_active_at, datetime.datetime):
            last_active_at = self.last_active_at.isoformat()
        else:
            last_active_at = self.last_active_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "email": email,
                "name": name,
                "role": role,
                "status": status,
                "invited_at": invited_at,
                "joined_at": joined_at,
                "last_active_at": last_active_at,
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
        obj.id = v if (v := d["id"]).__class__ is str else parse_str(d["id"])
        obj.user_id = (
            v if (v := d["user_id"]) is None or v.__class__ is int else parse_int_or_none(d["user_id"])
        )
        obj.email = v if (v := d["email"]).__class__ is str else parse_str(d["email"])
        obj.name = v if (v := d["name"]) is None or v.__class__ is str else parse_str_or_none(d["name"])
        obj.role = v if (v := d["role"]) in ROLE_VALUES else check_role(d["role"], "Member.role")
        obj.status = (
            v
            if (v := d["status"]) in MEMBER_STATUS_VALUES
            else check_member_status(d["status"], "Member.status")
        )
        obj.invited_at = parse_datetime(d["invited_at"])
        obj.joined_at = parse_datetime_or_none(d["joined_at"])
        obj.last_active_at = parse_datetime_or_none(d["last_active_at"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 9 else {}
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
