from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policy_mode import PolicyMode, check_policy_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_policy_from_template_request_parameters import (
        CreatePolicyFromTemplateRequestParameters,
    )


T = TypeVar("T", bound="CreatePolicyFromTemplateRequest")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_policy_from_template_request_parameters import (
            CreatePolicyFromTemplateRequestParameters,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        parameters = CreatePolicyFromTemplateRequestParameters.from_dict(
            d.pop("parameters")
        )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _mode = d.pop("mode", UNSET)
        mode: PolicyMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_policy_mode(_mode)

        create_policy_from_template_request = cls(
            name=name,
            parameters=parameters,
            description=description,
            mode=mode,
        )

        create_policy_from_template_request.additional_properties = d
        return create_policy_from_template_request

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
