from __future__ import annotations

import json
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    parse_any,
    parse_const,
    parse_object,
    parse_str,
)

T = TypeVar("T", bound="AzureServicePrincipalAuth")
_FIELDS: frozenset[str] = frozenset(
    {
        "method",
        "tenant_id",
        "client_id",
        "client_secret",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.method = parse_const("azure_service_principal", d["method"])
        obj.tenant_id = parse_any(d["tenant_id"])
        obj.client_id = parse_any(d["client_id"])
        obj.client_secret = v if (v := d["client_secret"]).__class__ is str else parse_str(d["client_secret"])
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
