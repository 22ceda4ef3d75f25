from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role, check_role
from ..models.sso_protocol import SsoProtocol, check_sso_protocol

if TYPE_CHECKING:
    from ..models.oidc_provider import OidcProvider
    from ..models.saml_provider import SamlProvider


T = TypeVar("T", bound="SsoConfig")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oidc_provider import OidcProvider  # noqa: PLC0415
        from ..models.saml_provider import SamlProvider  # noqa: PLC0415

        d = dict(src_dict)
        protocol = check_sso_protocol(d.pop("protocol"))

        def _parse_provider(data: object) -> None | OidcProvider | SamlProvider:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sso_provider_type_0 = SamlProvider.from_dict(data)

                return componentsschemas_sso_provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sso_provider_type_1 = OidcProvider.from_dict(data)

                return componentsschemas_sso_provider_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OidcProvider | SamlProvider, data)

        provider = _parse_provider(d.pop("provider"))

        enforce_sso = d.pop("enforce_sso")

        allowed_domains = cast(list[str], d.pop("allowed_domains"))

        default_role = check_role(d.pop("default_role"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        sso_config = cls(
            protocol=protocol,
            provider=provider,
            enforce_sso=enforce_sso,
            allowed_domains=allowed_domains,
            default_role=default_role,
            updated_at=updated_at,
        )

        sso_config.additional_properties = d
        return sso_config

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
