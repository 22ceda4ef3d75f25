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

T = TypeVar("T", bound="AzureServicePrincipalAuth")


@_attrs_define
class AzureServicePrincipalAuth:
    """Microsoft Entra ID service principal (app registration) with a client secret."""

    method: Literal["azure_service_principal"]
    """ Always `azure_service_principal`. """
    tenant_id: UUID
    """ The Entra ID directory (tenant) id, not the TensorCost tenant. """
    client_id: UUID
    """ The application (client) id of the service principal. """
    client_secret: str
    """ The client secret value. Write-only; never returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        tenant_id = str(self.tenant_id)

        client_id = str(self.client_id)

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "tenant_id": tenant_id,
                "client_id": client_id,
                "client_secret": client_secret,
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

        client_secret = d.pop("client_secret")

        azure_service_principal_auth = cls(
            method=method,
            tenant_id=tenant_id,
            client_id=client_id,
            client_secret=client_secret,
        )

        azure_service_principal_auth.additional_properties = d
        return azure_service_principal_auth

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
