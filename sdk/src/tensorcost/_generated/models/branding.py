from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import brand_colors as _brand_colors
from ..types import (
    model_repr,
    parse_bool,
    parse_object,
    parse_str_or_none,
)

if TYPE_CHECKING:
    from ..models.brand_colors import BrandColors


T = TypeVar("T", bound="Branding")
_FIELDS: frozenset[str] = frozenset(
    {
        "logo_url",
        "colors",
        "custom_domain",
        "domain_verified",
    }
)


@_attrs_define(repr=False)
class Branding:
    """The tenant's branding for the console and exported reports."""

    logo_url: None | str
    """ URL of the logo; `null` uses the TensorCost logo. """
    colors: BrandColors
    """ Brand colours as hex RGB. """
    custom_domain: None | str
    """ Custom console domain; `null` if none. """
    domain_verified: bool
    """ Whether the custom domain's DNS record has been verified; `false` when there is none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        logo_url: None | str
        logo_url = self.logo_url

        colors = self.colors.to_dict()

        custom_domain: None | str
        custom_domain = self.custom_domain

        domain_verified = self.domain_verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logo_url": logo_url,
                "colors": colors,
                "custom_domain": custom_domain,
                "domain_verified": domain_verified,
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
        obj.logo_url = (
            v if (v := d["logo_url"]) is None or v.__class__ is str else parse_str_or_none(d["logo_url"])
        )
        obj.colors = _brand_colors.BrandColors.from_dict(d["colors"])
        obj.custom_domain = (
            v
            if (v := d["custom_domain"]) is None or v.__class__ is str
            else parse_str_or_none(d["custom_domain"])
        )
        obj.domain_verified = (
            v if (v := d["domain_verified"]).__class__ is bool else parse_bool(d["domain_verified"])
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 4 else {}
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
