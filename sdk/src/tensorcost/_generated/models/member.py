from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_status import MemberStatus, check_member_status
from ..models.role import Role, check_role

T = TypeVar("T", bound="Member")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        user_id = _parse_user_id(d.pop("user_id"))

        email = d.pop("email")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        role = check_role(d.pop("role"))

        status = check_member_status(d.pop("status"))

        invited_at = datetime.datetime.fromisoformat(d.pop("invited_at"))

        def _parse_joined_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                joined_at_type_0 = datetime.datetime.fromisoformat(data)

                return joined_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        joined_at = _parse_joined_at(d.pop("joined_at"))

        def _parse_last_active_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_active_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_active_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_active_at = _parse_last_active_at(d.pop("last_active_at"))

        member = cls(
            id=id,
            user_id=user_id,
            email=email,
            name=name,
            role=role,
            status=status,
            invited_at=invited_at,
            joined_at=joined_at,
            last_active_at=last_active_at,
        )

        member.additional_properties = d
        return member

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
