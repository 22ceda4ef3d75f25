from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_result import (
    VALIDATION_RESULT_VALUES,
    ValidationResult,
    check_validation_result,
)
from ..types import (
    model_repr,
    parse_object,
    parse_str,
)

T = TypeVar("T", bound="ValidationCheck")
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "result",
        "message",
    }
)


@_attrs_define(repr=False)
class ValidationCheck:
    """One named health check of a connection."""

    name: str
    """ Check name; the set depends on the provider, e.g. `sts_assume_role`,
    `cost_export_readable`, `invocation_logging_enabled` (aws), `service_principal_login`
    (azure), `billing_export_readable` (gcp), `usage_api_readable` (openai, anthropic),
    `agent_heartbeat` (gpu_agent).
     """
    result: ValidationResult
    """ `pass`: fine. `warn`: works, but data will be incomplete. `fail`: broken; nothing is ingested. """
    message: str
    """ What was found and, for `warn` and `fail`, what to fix. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        name = self.name

        result: str = self.result

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "result": result,
                "message": message,
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
        obj.name = v if (v := d["name"]).__class__ is str else parse_str(d["name"])
        obj.result = (
            v
            if (v := d["result"]) in VALIDATION_RESULT_VALUES
            else check_validation_result(d["result"], "ValidationCheck.result")
        )
        obj.message = v if (v := d["message"]).__class__ is str else parse_str(d["message"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 3 else {}
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
