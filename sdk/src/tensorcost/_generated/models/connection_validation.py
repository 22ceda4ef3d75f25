from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import validation_check as _validation_check
from ..models.connection_status import (
    CONNECTION_STATUS_VALUES,
    ConnectionStatus,
    check_connection_status,
)
from ..models.validation_result import (
    VALIDATION_RESULT_VALUES,
    ValidationResult,
    check_validation_result,
)
from ..types import (
    model_repr,
    parse_datetime,
    parse_list,
    parse_object,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.validation_check import ValidationCheck


T = TypeVar("T", bound="ConnectionValidation")
_FIELDS: frozenset[str] = frozenset(
    {
        "connection_id",
        "status",
        "connection_status",
        "validated_at",
        "checks",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.connection_id = v if (v := d["connection_id"]).__class__ is str else parse_str(d["connection_id"])
        obj.status = (
            v
            if (v := d["status"]) in VALIDATION_RESULT_VALUES
            else check_validation_result(d["status"], "ConnectionValidation.status")
        )
        obj.connection_status = (
            v
            if (v := d["connection_status"]) in CONNECTION_STATUS_VALUES
            else check_connection_status(d["connection_status"], "ConnectionValidation.connection_status")
        )
        obj.validated_at = parse_datetime(d["validated_at"])
        obj.checks = parse_list(_validation_check.ValidationCheck.from_dict, d["checks"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 5 else {}
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
