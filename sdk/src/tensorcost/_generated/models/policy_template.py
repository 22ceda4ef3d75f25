from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    policy_template_default_parameters as _policy_template_default_parameters,
)
from ..models import (
    policy_template_parameters_schema as _policy_template_parameters_schema,
)
from ..models.enforcement_action_type import (
    EnforcementActionType,
    check_enforcement_action_type,
)
from ..models.policy_mode import (
    POLICY_MODE_VALUES,
    PolicyMode,
    check_policy_mode,
)
from ..models.policy_template_category import (
    POLICY_TEMPLATE_CATEGORY_VALUES,
    PolicyTemplateCategory,
    check_policy_template_category,
)
from ..types import (
    model_repr,
    parse_bool,
    parse_list,
    parse_object,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.policy_template_default_parameters import (
        PolicyTemplateDefaultParameters,
    )
    from ..models.policy_template_parameters_schema import PolicyTemplateParametersSchema


T = TypeVar("T", bound="PolicyTemplate")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "category",
        "action_types",
        "default_mode",
        "requires_approval",
        "parameters_schema",
        "default_parameters",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.id = v if (v := d["id"]).__class__ is str else parse_str(d["id"])
        obj.name = v if (v := d["name"]).__class__ is str else parse_str(d["name"])
        obj.description = v if (v := d["description"]).__class__ is str else parse_str(d["description"])
        obj.category = (
            v
            if (v := d["category"]) in POLICY_TEMPLATE_CATEGORY_VALUES
            else check_policy_template_category(d["category"], "PolicyTemplate.category")
        )
        obj.action_types = parse_list(check_enforcement_action_type, d["action_types"])
        obj.default_mode = (
            v
            if (v := d["default_mode"]) in POLICY_MODE_VALUES
            else check_policy_mode(d["default_mode"], "PolicyTemplate.default_mode")
        )
        obj.requires_approval = (
            v if (v := d["requires_approval"]).__class__ is bool else parse_bool(d["requires_approval"])
        )
        obj.parameters_schema = _policy_template_parameters_schema.PolicyTemplateParametersSchema.from_dict(
            d["parameters_schema"]
        )
        obj.default_parameters = (
            _policy_template_default_parameters.PolicyTemplateDefaultParameters.from_dict(
                d["default_parameters"]
            )
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 9 else {}
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
