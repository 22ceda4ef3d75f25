from __future__ import annotations

import datetime
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
    parse_const,
    parse_datetime,
    parse_object,
    parse_str,
)

T = TypeVar("T", bound="SamlProvider")
_FIELDS: frozenset[str] = frozenset(
    {
        "protocol",
        "idp_entity_id",
        "sso_url",
        "certificate_fingerprint",
        "certificate_expires_at",
        "sp_entity_id",
        "acs_url",
        "name_id_format",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.protocol = parse_const("saml", d["protocol"])
        obj.idp_entity_id = v if (v := d["idp_entity_id"]).__class__ is str else parse_str(d["idp_entity_id"])
        obj.sso_url = v if (v := d["sso_url"]).__class__ is str else parse_str(d["sso_url"])
        obj.certificate_fingerprint = (
            v
            if (v := d["certificate_fingerprint"]).__class__ is str
            else parse_str(d["certificate_fingerprint"])
        )
        obj.certificate_expires_at = parse_datetime(d["certificate_expires_at"])
        obj.sp_entity_id = v if (v := d["sp_entity_id"]).__class__ is str else parse_str(d["sp_entity_id"])
        obj.acs_url = v if (v := d["acs_url"]).__class__ is str else parse_str(d["acs_url"])
        obj.name_id_format = (
            v if (v := d["name_id_format"]).__class__ is str else parse_str(d["name_id_format"])
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 8 else {}
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
