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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="LoginResult")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        d = dict(src_dict)
        access_token = d.pop("accessToken")

        refresh_token = d.pop("refreshToken")

        user = UserSummary.from_dict(d.pop("user"))

        token_type = cast(Literal["Bearer"] | Unset, d.pop("tokenType", UNSET))
        if token_type != "Bearer" and not isinstance(token_type, Unset):
            raise ValueError(f"tokenType must match const 'Bearer', got '{token_type}'")

        expires_in = d.pop("expiresIn", UNSET)

        login_result = cls(
            access_token=access_token,
            refresh_token=refresh_token,
            user=user,
            token_type=token_type,
            expires_in=expires_in,
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
