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

T = TypeVar("T", bound="GcpServiceAccountAuth")


@_attrs_define
class GcpServiceAccountAuth:
    """Google Cloud service account with a JSON key."""

    method: Literal["gcp_service_account"]
    """ Always `gcp_service_account`. """
    service_account_json: str
    """ The service-account key file, as a JSON string. Write-only; never returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        service_account_json = self.service_account_json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "service_account_json": service_account_json,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = cast(Literal["gcp_service_account"], d.pop("method"))
        if method != "gcp_service_account":
            raise ValueError(
                f"method must match const 'gcp_service_account', got '{method}'"
            )

        service_account_json = d.pop("service_account_json")

        gcp_service_account_auth = cls(
            method=method,
            service_account_json=service_account_json,
        )

        gcp_service_account_auth.additional_properties = d
        return gcp_service_account_auth

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
