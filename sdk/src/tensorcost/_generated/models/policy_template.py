from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enforcement_action_type import (
    EnforcementActionType,
    check_enforcement_action_type,
)
from ..models.policy_mode import PolicyMode, check_policy_mode
from ..models.policy_template_category import (
    PolicyTemplateCategory,
    check_policy_template_category,
)

if TYPE_CHECKING:
    from ..models.policy_template_default_parameters import (
        PolicyTemplateDefaultParameters,
    )
    from ..models.policy_template_parameters_schema import (
        PolicyTemplateParametersSchema,
    )


T = TypeVar("T", bound="PolicyTemplate")


@_attrs_define
class PolicyTemplate:
    """A pre-built policy template."""

    id: str
    """ Template id. Opaque string; ids start with `tpl_`. """
    name: str
    """ Template name. """
    description: str
    """ What policies made from it do. """
    category: PolicyTemplateCategory
    """ The workload it targets. """
    action_types: list[EnforcementActionType]
    """ The action types its policies use. """
    default_mode: PolicyMode
    """ `dry_run` evaluates and logs the actions that would run; `enforce` queues real actions; `disabled` is not
    evaluated. """
    requires_approval: bool
    """ Whether policies made from it require approval. """
    parameters_schema: PolicyTemplateParametersSchema
    """ JSON Schema (2020-12) of the `parameters` that `enforcement_create_policy_from_template` accepts. """
    default_parameters: PolicyTemplateDefaultParameters
    """ Parameter values that satisfy `parameters_schema`; a starting point. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        category: str = self.category

        action_types = []
        for action_types_item_data in self.action_types:
            action_types_item: str = action_types_item_data
            action_types.append(action_types_item)

        default_mode: str = self.default_mode

        requires_approval = self.requires_approval

        parameters_schema = self.parameters_schema.to_dict()

        default_parameters = self.default_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "category": category,
                "action_types": action_types,
                "default_mode": default_mode,
                "requires_approval": requires_approval,
                "parameters_schema": parameters_schema,
                "default_parameters": default_parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_template_default_parameters import (
            PolicyTemplateDefaultParameters,  # noqa: PLC0415
        )
        from ..models.policy_template_parameters_schema import (
            PolicyTemplateParametersSchema,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        category = check_policy_template_category(d.pop("category"))

        action_types = []
        _action_types = d.pop("action_types")
        for action_types_item_data in _action_types:
            action_types_item = check_enforcement_action_type(action_types_item_data)

            action_types.append(action_types_item)

        default_mode = check_policy_mode(d.pop("default_mode"))

        requires_approval = d.pop("requires_approval")

        parameters_schema = PolicyTemplateParametersSchema.from_dict(
            d.pop("parameters_schema")
        )

        default_parameters = PolicyTemplateDefaultParameters.from_dict(
            d.pop("default_parameters")
        )

        policy_template = cls(
            id=id,
            name=name,
            description=description,
            category=category,
            action_types=action_types,
            default_mode=default_mode,
            requires_approval=requires_approval,
            parameters_schema=parameters_schema,
            default_parameters=default_parameters,
        )

        policy_template.additional_properties = d
        return policy_template

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
