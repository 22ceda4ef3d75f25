from __future__ import annotations

import json
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    parse_bool,
    parse_const,
    parse_list,
    parse_object,
    parse_str,
)

T = TypeVar("T", bound="OidcProvider")
_FIELDS: frozenset[str] = frozenset(
    {
        "protocol",
        "issuer",
        "client_id",
        "scopes",
        "redirect_uri",
        "has_client_secret",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.protocol = parse_const("oidc", d["protocol"])
        obj.issuer = v if (v := d["issuer"]).__class__ is str else parse_str(d["issuer"])
        obj.client_id = v if (v := d["client_id"]).__class__ is str else parse_str(d["client_id"])
        obj.scopes = parse_list(parse_str, d["scopes"])
        obj.redirect_uri = v if (v := d["redirect_uri"]).__class__ is str else parse_str(d["redirect_uri"])
        obj.has_client_secret = (
            v if (v := d["has_client_secret"]).__class__ is bool else parse_bool(d["has_client_secret"])
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 6 else {}
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
