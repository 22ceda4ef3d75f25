from __future__ import annotations

import json
from collections.abc import Mapping
from functools import partial
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import user_summary as _user_summary
from ..types import (
    UNSET,
    Unset,
    model_repr,
    parse_const,
    parse_int,
    parse_object,
    parse_optional,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="LoginResult")
_FIELDS: frozenset[str] = frozenset(
    {
        "accessToken",
        "refreshToken",
        "user",
        "tokenType",
        "expiresIn",
    }
)


@_attrs_define(repr=False)
class LoginResult:
    """Tokens and the user they belong to."""

    access_token: str
    """ JWT for the `Authorization: Bearer` header. Treat it as opaque: its signing algorithm and claims are the
    identity service's business (clients read at most `exp`). """
    refresh_token: str
    """ Single-use token for `auth_refresh_tokens`. """
    user: UserSummary
    """ The logged-in user. """
    token_type: Literal["Bearer"] | Unset = UNSET
    """ Always `Bearer` when present. Optional, the reference's login answer does not show it. """
    expires_in: int | Unset = UNSET
    """ Seconds until the access token expires, when the server sends it; otherwise read the token's `exp` claim.
    Optional, the reference's login answer does not show it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        access_token = self.access_token

        refresh_token = self.refresh_token

        user = self.user.to_dict()

        token_type = self.token_type

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessToken": access_token,
                "refreshToken": refresh_token,
                "user": user,
            }
        )
        if token_type is not UNSET:
            field_dict["tokenType"] = token_type
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in

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
        obj.access_token = v if (v := d["accessToken"]).__class__ is str else parse_str(d["accessToken"])
        obj.refresh_token = v if (v := d["refreshToken"]).__class__ is str else parse_str(d["refreshToken"])
        obj.user = _user_summary.UserSummary.from_dict(d["user"])
        obj.token_type = cast(
            "Literal['Bearer'] | Unset",
            parse_optional(partial(parse_const, "Bearer"), d.get("tokenType", UNSET)),
        )
        obj.expires_in = (
            v
            if (v := d.get("expiresIn", UNSET)) is UNSET or v.__class__ is int
            else parse_optional(parse_int, d.get("expiresIn", UNSET))
        )
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
