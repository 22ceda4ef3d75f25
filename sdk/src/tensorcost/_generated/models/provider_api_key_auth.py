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

T = TypeVar("T", bound="ProviderApiKeyAuth")


@_attrs_define
class ProviderApiKeyAuth:
    """An organisation admin API key (OpenAI admin key, Anthropic Admin API key) that can read usage and cost."""

    method: Literal["api_key"]
    """ Always `api_key`. """
    api_key: str
    """ The admin API key. Write-only; never returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "api_key": api_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = cast(Literal["api_key"], d.pop("method"))
        if method != "api_key":
            raise ValueError(f"method must match const 'api_key', got '{method}'")

        api_key = d.pop("api_key")

        provider_api_key_auth = cls(
            method=method,
            api_key=api_key,
        )

        provider_api_key_auth.additional_properties = d
        return provider_api_key_auth

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
