from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    create_policy_from_template_request_parameters as _create_policy_from_template_request_parameters,
)
from ..models.policy_mode import (
    POLICY_MODE_VALUES,
    PolicyMode,
    check_policy_mode,
)
from ..types import (
    UNSET,
    Unset,
    model_repr,
    parse_object,
    parse_optional,
    parse_optional_nullable,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.create_policy_from_template_request_parameters import (
        CreatePolicyFromTemplateRequestParameters,
    )


T = TypeVar("T", bound="CreatePolicyFromTemplateRequest")
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "parameters",
        "description",
        "mode",
    }
)


@_attrs_define(repr=False)
class CreatePolicyFromTemplateRequest:
    """Body of `enforcement_create_policy_from_template`."""

    name: str
    """ Name of the new policy, unique in the tenant. """
    parameters: CreatePolicyFromTemplateRequestParameters
    """ Values for the template, valid against its `parameters_schema`. """
    description: None | str | Unset = UNSET
    """ Overrides the template's description. """
    mode: PolicyMode | Unset = UNSET
    """ `dry_run` evaluates and logs the actions that would run; `enforce` queues real actions; `disabled` is not
    evaluated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        name = self.name

        parameters = self.parameters.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "parameters": parameters,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if mode is not UNSET:
            field_dict["mode"] = mode

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
        obj.parameters = _create_policy_from_template_request_parameters.CreatePolicyFromTemplateRequestParameters.from_dict(
            d["parameters"]
        )
        obj.description = (
            v
            if (v := d.get("description", UNSET)) is UNSET or v is None or v.__class__ is str
            else parse_optional_nullable(parse_str, d.get("description", UNSET))
        )
        obj.mode = (
            v
            if (v := d.get("mode", UNSET)) is UNSET or v in POLICY_MODE_VALUES
            else parse_optional(check_policy_mode, d.get("mode", UNSET))
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 2 else {}
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
