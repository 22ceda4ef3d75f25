from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import oidc_provider as _oidc_provider
from ..models import saml_provider as _saml_provider
from ..models.role import ROLE_VALUES, Role, check_role
from ..models.sso_protocol import (
    SSO_PROTOCOL_VALUES,
    SsoProtocol,
    check_sso_protocol,
)
from ..types import (
    model_repr,
    parse_bool,
    parse_datetime_or_none,
    parse_list,
    parse_nullable,
    parse_object,
    parse_str,
    parse_union,
)

if TYPE_CHECKING:
    from ..models.oidc_provider import OidcProvider
    from ..models.saml_provider import SamlProvider


T = TypeVar("T", bound="SsoConfig")
_FIELDS: frozenset[str] = frozenset(
    {
        "protocol",
        "provider",
        "enforce_sso",
        "allowed_domains",
        "default_role",
        "updated_at",
    }
)


@_attrs_define(repr=False)
class SsoConfig:
    """The tenant's single sign-on configuration."""

    protocol: SsoProtocol
    """ The SSO protocol in use; `none` means password login only. """
    provider: None | OidcProvider | SamlProvider
    """ The identity provider's settings; `null` when `protocol` is `none`. """
    enforce_sso: bool
    """ Whether password login is refused for members in `allowed_domains`; always `false` when `protocol` is
    `none`. """
    allowed_domains: list[str]
    """ Email domains that sign in through this IdP. """
    default_role: Role
    """ A member's role in a tenant. Viewers may only read. """
    updated_at: datetime.datetime | None
    """ When the configuration last changed; `null` if never configured. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        from ..models.oidc_provider import OidcProvider  # noqa: PLC0415
        from ..models.saml_provider import SamlProvider  # noqa: PLC0415

        protocol: str = self.protocol

        provider: dict[str, Any] | None
        if isinstance(self.provider, SamlProvider):
            provider = self.provider.to_dict()
        elif isinstance(self.provider, OidcProvider):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        enforce_sso = self.enforce_sso

        allowed_domains = self.allowed_domains

        default_role: str = self.default_role

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protocol": protocol,
                "provider": provider,
                "enforce_sso": enforce_sso,
                "allowed_domains": allowed_domains,
                "default_role": default_role,
                "updated_at": updated_at,
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
        obj.protocol = (
            v
            if (v := d["protocol"]) in SSO_PROTOCOL_VALUES
            else check_sso_protocol(d["protocol"], "SsoConfig.protocol")
        )
        obj.provider = parse_nullable(
            partial(
                parse_union,
                (
                    _saml_provider.SamlProvider.from_dict,
                    _oidc_provider.OidcProvider.from_dict,
                ),
            ),
            d["provider"],
        )
        obj.enforce_sso = v if (v := d["enforce_sso"]).__class__ is bool else parse_bool(d["enforce_sso"])
        obj.allowed_domains = parse_list(parse_str, d["allowed_domains"])
        obj.default_role = (
            v
            if (v := d["default_role"]) in ROLE_VALUES
            else check_role(d["default_role"], "SsoConfig.default_role")
        )
        obj.updated_at = parse_datetime_or_none(d["updated_at"])
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
