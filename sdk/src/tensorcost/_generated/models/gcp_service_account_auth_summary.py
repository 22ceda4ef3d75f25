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

T = TypeVar("T", bound="GcpServiceAccountAuthSummary")


@_attrs_define
class GcpServiceAccountAuthSummary:
    """The service account TensorCost uses; the key is never returned."""

    method: Literal["gcp_service_account"]
    """ Always `gcp_service_account`. """
    service_account_email: str
    """ The service account's email (`client_email` of the key). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        service_account_email = self.service_account_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "service_account_email": service_account_email,
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

        service_account_email = d.pop("service_account_email")

        gcp_service_account_auth_summary = cls(
            method=method,
            service_account_email=service_account_email,
        )

        gcp_service_account_auth_summary.additional_properties = d
        return gcp_service_account_auth_summary

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
