from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OidcProvider")


@_attrs_define
class OidcProvider:
    """An OpenID Connect identity provider. The client secret is never returned."""

    protocol: Literal["oidc"]
    """ Always `oidc`. """
    issuer: str
    """ The issuer URL; discovery is read from `{issuer}/.well-known/openid-configuration`. """
    client_id: str
    """ TensorCost's client id at the IdP. """
    scopes: list[str]
    """ Scopes requested, including `openid`. """
    redirect_uri: str
    """ TensorCost's redirect URI to register at the IdP. """
    has_client_secret: bool
    """ Whether a client secret is stored (confidential client). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol = self.protocol

        issuer = self.issuer

        client_id = self.client_id

        scopes = self.scopes

        redirect_uri = self.redirect_uri

        has_client_secret = self.has_client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protocol": protocol,
                "issuer": issuer,
                "client_id": client_id,
                "scopes": scopes,
                "redirect_uri": redirect_uri,
                "has_client_secret": has_client_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        protocol = cast(Literal["oidc"], d.pop("protocol"))
        if protocol != "oidc":
            raise ValueError(f"protocol must match const 'oidc', got '{protocol}'")

        issuer = d.pop("issuer")

        client_id = d.pop("client_id")

        scopes = cast(list[str], d.pop("scopes"))

        redirect_uri = d.pop("redirect_uri")

        has_client_secret = d.pop("has_client_secret")

        oidc_provider = cls(
            protocol=protocol,
            issuer=issuer,
            client_id=client_id,
            scopes=scopes,
            redirect_uri=redirect_uri,
            has_client_secret=has_client_secret,
        )

        oidc_provider.additional_properties = d
        return oidc_provider

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
