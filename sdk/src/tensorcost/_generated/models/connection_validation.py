from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_status import ConnectionStatus, check_connection_status
from ..models.validation_result import ValidationResult, check_validation_result

if TYPE_CHECKING:
    from ..models.validation_check import ValidationCheck


T = TypeVar("T", bound="ConnectionValidation")


@_attrs_define
class ConnectionValidation:
    """Result of validating a connection."""

    connection_id: str
    """ The connection validated. Opaque string; ids start with `con_`. """
    status: ValidationResult
    """ `pass`: fine. `warn`: works, but data will be incomplete. `fail`: broken; nothing is ingested. """
    connection_status: ConnectionStatus
    """ Health of a connection. `pending`: created, first validation not finished. `active`: all
    checks pass. `degraded`: ingesting, but a check warns. `failed`: a check fails, nothing
    is ingested. `disabled`: switched off by a user; neither validated nor synced.
     """
    validated_at: datetime.datetime
    """ When the checks ran. """
    checks: list[ValidationCheck]
    """ The checks, in the order they ran. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        status: str = self.status

        connection_status: str = self.connection_status

        validated_at = self.validated_at.isoformat()

        checks = []
        for checks_item_data in self.checks:
            checks_item = checks_item_data.to_dict()
            checks.append(checks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connection_id": connection_id,
                "status": status,
                "connection_status": connection_status,
                "validated_at": validated_at,
                "checks": checks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_check import ValidationCheck  # noqa: PLC0415

        d = dict(src_dict)
        connection_id = d.pop("connection_id")

        status = check_validation_result(d.pop("status"))

        connection_status = check_connection_status(d.pop("connection_status"))

        validated_at = datetime.datetime.fromisoformat(d.pop("validated_at"))

        checks = []
        _checks = d.pop("checks")
        for checks_item_data in _checks:
            checks_item = ValidationCheck.from_dict(checks_item_data)

            checks.append(checks_item)

        connection_validation = cls(
            connection_id=connection_id,
            status=status,
            connection_status=connection_status,
            validated_at=validated_at,
            checks=checks,
        )

        connection_validation.additional_properties = d
        return connection_validation

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
