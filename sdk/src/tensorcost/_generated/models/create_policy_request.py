from __future__ import annotations

import json
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import block_model_policy_action as _block_model_policy_action
from ..models import notify_policy_action as _notify_policy_action
from ..models import policy_condition as _policy_condition
from ..models import policy_scope as _policy_scope
from ..models import revoke_key_policy_action as _revoke_key_policy_action
from ..models import route_model_policy_action as _route_model_policy_action
from ..models import scale_down_policy_action as _scale_down_policy_action
from ..models import stop_instance_policy_action as _stop_instance_policy_action
from ..models import throttle_policy_action as _throttle_policy_action
from ..models.create_policy_request_condition_logic import (
    CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES,
    CreatePolicyRequestConditionLogic,
    check_create_policy_request_condition_logic,
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
    parse_bool,
    parse_int,
    parse_list,
    parse_object,
    parse_optional,
    parse_optional_nullable,
    parse_str,
    parse_union,
)

if TYPE_CHECKING:
    from ..models.block_model_policy_action import BlockModelPolicyAction
    from ..models.notify_policy_action import NotifyPolicyAction
    from ..models.policy_condition import PolicyCondition
    from ..models.policy_scope import PolicyScope
    from ..models.revoke_key_policy_action import RevokeKeyPolicyAction
    from ..models.route_model_policy_action import RouteModelPolicyAction
    from ..models.scale_down_policy_action import ScaleDownPolicyAction
    from ..models.stop_instance_policy_action import StopInstancePolicyAction
    from ..models.throttle_policy_action import ThrottlePolicyAction


T = TypeVar("T", bound="CreatePolicyRequest")
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "conditions",
        "actions",
        "description",
        "mode",
        "scope",
        "condition_logic",
        "requires_approval",
        "approval_timeout_minutes",
        "cooldown_minutes",
    }
)


@_attrs_define(repr=False)
class CreatePolicyRequest:
    """Body of `enforcement_create_policy`."""

    name: str
    """ Policy name, unique in the tenant. """
    conditions: list[PolicyCondition]
    """ The conditions, combined by `condition_logic`. """
    actions: list[
        BlockModelPolicyAction
        | NotifyPolicyAction
        | RevokeKeyPolicyAction
        | RouteModelPolicyAction
        | ScaleDownPolicyAction
        | StopInstancePolicyAction
        | ThrottlePolicyAction
    ]
    """ What to do, in order, when the conditions are met. """
    description: None | str | Unset = UNSET
    """ What the policy is for. """
    mode: PolicyMode | Unset = UNSET
    """ `dry_run` evaluates and logs the actions that would run; `enforce` queues real actions; `disabled` is not
    evaluated. """
    scope: PolicyScope | Unset = UNSET
    """ What a policy applies to. Each list narrows the scope; an omitted or empty list means all. """
    condition_logic: CreatePolicyRequestConditionLogic | Unset = "all"
    """ `all`: every condition must hold; `any`: one is enough. """
    requires_approval: bool | Unset = True
    """ If true, `enforce` mode queues actions as `pending_approval`. """
    approval_timeout_minutes: int | Unset = 120
    """ How long a queued action waits for approval before it expires. """
    cooldown_minutes: int | Unset = 60
    """ Minimum time between two triggers for the same target. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        from ..models.block_model_policy_action import BlockModelPolicyAction  # noqa: PLC0415
        from ..models.notify_policy_action import NotifyPolicyAction  # noqa: PLC0415
        from ..models.route_model_policy_action import RouteModelPolicyAction  # noqa: PLC0415
        from ..models.scale_down_policy_action import ScaleDownPolicyAction  # noqa: PLC0415
        from ..models.stop_instance_policy_action import StopInstancePolicyAction  # noqa: PLC0415
        from ..models.throttle_policy_action import ThrottlePolicyAction  # noqa: PLC0415

        name = self.name

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        actions = []
        for actions_item_data in self.actions:
            actions_item: dict[str, Any]
            if isinstance(actions_item_data, NotifyPolicyAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, ThrottlePolicyAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, BlockModelPolicyAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, RouteModelPolicyAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, StopInstancePolicyAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, ScaleDownPolicyAction):
                actions_item = actions_item_data.to_dict()
            else:
                actions_item = actions_item_data.to_dict()

            actions.append(actions_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.to_dict()

        condition_logic: str | Unset = UNSET
        if not isinstance(self.condition_logic, Unset):
            condition_logic = self.condition_logic

        requires_approval = self.requires_approval

        approval_timeout_minutes = self.approval_timeout_minutes

        cooldown_minutes = self.cooldown_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "conditions": conditions,
                "actions": actions,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if mode is not UNSET:
            field_dict["mode"] = mode
        if scope is not UNSET:
            field_dict["scope"] = scope
        if condition_logic is not UNSET:
            field_dict["condition_logic"] = condition_logic
        if requires_approval is not UNSET:
            field_dict["requires_approval"] = requires_approval
        if approval_timeout_minutes is not UNSET:
            field_dict["approval_timeout_minutes"] = approval_timeout_minutes
        if cooldown_minutes is not UNSET:
            field_dict["cooldown_minutes"] = cooldown_minutes

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
        obj.conditions = parse_list(_policy_condition.PolicyCondition.from_dict, d["conditions"])
        obj.actions = parse_list(
            partial(
                parse_union,
                (
                    _notify_policy_action.NotifyPolicyAction.from_dict,
                    _throttle_policy_action.ThrottlePolicyAction.from_dict,
                    _block_model_policy_action.BlockModelPolicyAction.from_dict,
                    _route_model_policy_action.RouteModelPolicyAction.from_dict,
                    _stop_instance_policy_action.StopInstancePolicyAction.from_dict,
                    _scale_down_policy_action.ScaleDownPolicyAction.from_dict,
                    _revoke_key_policy_action.RevokeKeyPolicyAction.from_dict,
                ),
            ),
            d["actions"],
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
        obj.scope = parse_optional(_policy_scope.PolicyScope.from_dict, d.get("scope", UNSET))
        obj.condition_logic = (
            v
            if (v := d.get("condition_logic", UNSET)) is UNSET
            or v in CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES
            else parse_optional(check_create_policy_request_condition_logic, d.get("condition_logic", UNSET))
        )
        obj.requires_approval = (
            v
            if (v := d.get("requires_approval", UNSET)) is UNSET or v.__class__ is bool
            else parse_optional(parse_bool, d.get("requires_approval", UNSET))
        )
        obj.approval_timeout_minutes = (
            v
            if (v := d.get("approval_timeout_minutes", UNSET)) is UNSET or v.__class__ is int
            else parse_optional(parse_int, d.get("approval_timeout_minutes", UNSET))
        )
        obj.cooldown_minutes = (
            v
            if (v := d.get("cooldown_minutes", UNSET)) is UNSET or v.__class__ is int
            else parse_optional(parse_int, d.get("cooldown_minutes", UNSET))
        )
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
