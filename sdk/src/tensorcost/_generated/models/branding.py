from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.brand_colors import BrandColors


T = TypeVar("T", bound="Branding")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.brand_colors import BrandColors  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_logo_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo_url = _parse_logo_url(d.pop("logo_url"))

        colors = BrandColors.from_dict(d.pop("colors"))

        def _parse_custom_domain(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_domain = _parse_custom_domain(d.pop("custom_domain"))

        domain_verified = d.pop("domain_verified")

        branding = cls(
            logo_url=logo_url,
            colors=colors,
            custom_domain=custom_domain,
            domain_verified=domain_verified,
        )

        branding.additional_properties = d
        return branding

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
