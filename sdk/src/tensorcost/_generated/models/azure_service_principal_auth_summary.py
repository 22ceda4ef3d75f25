from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AzureServicePrincipalAuthSummary")


@_attrs_define
class AzureServicePrincipalAuthSummary:
    """The service principal TensorCost signs in as; the client secret is never returned."""

    method: Literal["azure_service_principal"]
    """ Always `azure_service_principal`. """
    tenant_id: UUID
    """ The Entra ID directory (tenant) id. """
    client_id: UUID
    """ The application (client) id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        tenant_id = str(self.tenant_id)

        client_id = str(self.client_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "tenant_id": tenant_id,
                "client_id": client_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = cast(Literal["azure_service_principal"], d.pop("method"))
        if method != "azure_service_principal":
            raise ValueError(
                f"method must match const 'azure_service_principal', got '{method}'"
            )

        tenant_id = UUID(d.pop("tenant_id"))

        client_id = UUID(d.pop("client_id"))

        azure_service_principal_auth_summary = cls(
            method=method,
            tenant_id=tenant_id,
            client_id=client_id,
        )

        azure_service_principal_auth_summary.additional_properties = d
        return azure_service_principal_auth_summary

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
