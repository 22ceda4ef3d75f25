from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="LoginResult")


@_attrs_define
class LoginResult:
    """Tokens and the user they belong to."""

    access_token: str
    """ HS256 JWT for the `Authorization: Bearer` header. """
    refresh_token: str
    """ Single-use token for `auth_refresh_tokens`. """
    token_type: Literal["Bearer"]
    """ Always `Bearer`. """
    expires_in: int
    """ Seconds until the access token expires. """
    user: UserSummary
    """ The logged-in user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        refresh_token = self.refresh_token

        token_type = self.token_type

        expires_in = self.expires_in

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessToken": access_token,
                "refreshToken": refresh_token,
                "tokenType": token_type,
                "expiresIn": expires_in,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        d = dict(src_dict)
        access_token = d.pop("accessToken")

        refresh_token = d.pop("refreshToken")

        token_type = cast(Literal["Bearer"], d.pop("tokenType"))
        if token_type != "Bearer":
            raise ValueError(f"tokenType must match const 'Bearer', got '{token_type}'")

        expires_in = d.pop("expiresIn")

        user = UserSummary.from_dict(d.pop("user"))

        login_result = cls(
            access_token=access_token,
            refresh_token=refresh_token,
            token_type=token_type,
            expires_in=expires_in,
            user=user,
        )

        login_result.additional_properties = d
        return login_result

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
