from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SamlProvider")


@_attrs_define
class SamlProvider:
    """A SAML 2.0 identity provider."""

    protocol: Literal["saml"]
    """ Always `saml`. """
    idp_entity_id: str
    """ The IdP's entity ID (issuer). """
    sso_url: str
    """ The IdP's single sign-on URL (HTTP-Redirect or HTTP-POST binding). """
    certificate_fingerprint: str
    """ SHA-256 fingerprint of the IdP's signing certificate, colon-separated upper-case hex. """
    certificate_expires_at: datetime.datetime
    """ When the IdP's signing certificate expires; renew it before then or sign-in stops. """
    sp_entity_id: str
    """ TensorCost's service-provider entity ID (audience) to enter at the IdP. """
    acs_url: str
    """ TensorCost's assertion consumer service URL to enter at the IdP. """
    name_id_format: str
    """ The NameID format expected, e.g. `urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol = self.protocol

        idp_entity_id = self.idp_entity_id

        sso_url = self.sso_url

        certificate_fingerprint = self.certificate_fingerprint

        certificate_expires_at = self.certificate_expires_at.isoformat()

        sp_entity_id = self.sp_entity_id

        acs_url = self.acs_url

        name_id_format = self.name_id_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protocol": protocol,
                "idp_entity_id": idp_entity_id,
                "sso_url": sso_url,
                "certificate_fingerprint": certificate_fingerprint,
                "certificate_expires_at": certificate_expires_at,
                "sp_entity_id": sp_entity_id,
                "acs_url": acs_url,
                "name_id_format": name_id_format,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        protocol = cast(Literal["saml"], d.pop("protocol"))
        if protocol != "saml":
            raise ValueError(f"protocol must match const 'saml', got '{protocol}'")

        idp_entity_id = d.pop("idp_entity_id")

        sso_url = d.pop("sso_url")

        certificate_fingerprint = d.pop("certificate_fingerprint")

        certificate_expires_at = datetime.datetime.fromisoformat(
            d.pop("certificate_expires_at")
        )

        sp_entity_id = d.pop("sp_entity_id")

        acs_url = d.pop("acs_url")

        name_id_format = d.pop("name_id_format")

        saml_provider = cls(
            protocol=protocol,
            idp_entity_id=idp_entity_id,
            sso_url=sso_url,
            certificate_fingerprint=certificate_fingerprint,
            certificate_expires_at=certificate_expires_at,
            sp_entity_id=sp_entity_id,
            acs_url=acs_url,
            name_id_format=name_id_format,
        )

        saml_provider.additional_properties = d
        return saml_provider

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
