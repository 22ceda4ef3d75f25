from __future__ import annotations

import datetime
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
from ..models.enforcement_policy_condition_logic import (
    ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES,
    EnforcementPolicyConditionLogic,
    check_enforcement_policy_condition_logic,
)
from ..models.enforcement_policy_resume_mode import (
    ENFORCEMENT_POLICY_RESUME_MODE_VALUES,
    EnforcementPolicyResumeMode,
    check_enforcement_policy_resume_mode,
)
from ..models.policy_mode import (
    POLICY_MODE_VALUES,
    PolicyMode,
    check_policy_mode,
)
from ..types import (
    model_repr,
    parse_bool,
    parse_datetime,
    parse_datetime_or_none,
    parse_int,
    parse_list,
    parse_object,
    parse_str,
    parse_str_or_none,
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


T = TypeVar("T", bound="EnforcementPolicy")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "mode",
        "enabled",
        "resume_mode",
        "template_id",
        "scope",
        "conditions",
        "condition_logic",
        "actions",
        "requires_approval",
        "approval_timeout_minutes",
        "cooldown_minutes",
        "created_by",
        "created_at",
        "updated_at",
        "last_triggered_at",
    }
)


@_attrs_define(repr=False)
class EnforcementPolicy:
    """An enforcement policy."""

    id: str
    """ Policy id. Opaque string; ids start with `pol_`. """
    name: str
    """ Policy name, unique in the tenant. """
    description: None | str
    """ What the policy is for. """
    mode: PolicyMode
    """ `dry_run` evaluates and logs the actions that would run; `enforce` queues real actions; `disabled` is not
    evaluated. """
    enabled: bool
    """ False exactly when `mode` is `disabled`. """
    resume_mode: EnforcementPolicyResumeMode
    """ The mode `enforcement_toggle_policy` restores with `enabled: true`; equals `mode` while enabled. """
    template_id: None | str
    """ The template it was created from, if any. Opaque string; ids start with `tpl_`. """
    scope: PolicyScope
    """ What a policy applies to. Each list narrows the scope; an omitted or empty list means all. """
    conditions: list[PolicyCondition]
    """ The conditions, combined by `condition_logic`. """
    condition_logic: EnforcementPolicyConditionLogic
    """ `all`: every condition must hold; `any`: one is enough. """
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
    requires_approval: bool
    """ If true, `enforce` mode queues actions as `pending_approval` instead of running them. """
    approval_timeout_minutes: int
    """ How long a queued action waits for approval before it expires. """
    cooldown_minutes: int
    """ Minimum time between two triggers of the policy for the same target. """
    created_by: str
    """ Who created the policy. """
    created_at: datetime.datetime
    """ When the policy was created. """
    updated_at: datetime.datetime
    """ When the policy last changed. """
    last_triggered_at: datetime.datetime | None
    """ When the conditions were last met; null if never. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        from ..models.block_model_policy_action import BlockModelPolicyAction  # noqa: PLC0415
        from ..models.notify_policy_action import NotifyPolicyAction  # noqa: PLC0415
        from ..models.route_model_policy_action import RouteModelPolicyAction  # noqa: PLC0415
        from ..models.scale_down_policy_action import ScaleDownPolicyAction  # noqa: PLC0415
        from ..models.stop_instance_policy_action import StopInstancePolicyAction  # noqa: PLC0415
        from ..models.throttle_policy_action import ThrottlePolicyAction  # noqa: PLC0415

        id = self.id

        name = self.name

        description: None | str
        description = self.description

        mode: str = self.mode

        enabled = self.enabled

        resume_mode: str = self.resume_mode

        template_id: None | str
        template_id = self.template_id

        scope = self.scope.to_dict()

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        condition_logic: str = self.condition_logic

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

        requires_approval = self.requires_approval

        approval_timeout_minutes = self.approval_timeout_minutes

        cooldown_minutes = self.cooldown_minutes

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        last_triggered_at: None | str
        if isinstance(self.last_triggered_at, datetime.datetime):
            last_triggered_at = self.last_triggered_at.isoformat()
        else:
            last_triggered_at = self.last_triggered_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "mode": mode,
                "enabled": enabled,
                "resume_mode": resume_mode,
                "template_id": template_id,
                "scope": scope,
                "conditions": conditions,
                "condition_logic": condition_logic,
                "actions": actions,
                "requires_approval": requires_approval,
                "approval_timeout_minutes": approval_timeout_minutes,
                "cooldown_minutes": cooldown_minutes,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
                "last_triggered_at": last_triggered_at,
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
        obj.description = (
            v
            if (v := d["description"]) is None or v.__class__ is str
            else parse_str_or_none(d["description"])
        )
        obj.mode = (
            v
            if (v := d["mode"]) in POLICY_MODE_VALUES
            else check_policy_mode(d["mode"], "EnforcementPolicy.mode")
        )
        obj.enabled = v if (v := d["enabled"]).__class__ is bool else parse_bool(d["enabled"])
        obj.resume_mode = (
            v
            if (v := d["resume_mode"]) in ENFORCEMENT_POLICY_RESUME_MODE_VALUES
            else check_enforcement_policy_resume_mode(d["resume_mode"], "EnforcementPolicy.resume_mode")
        )
        obj.template_id = (
            v
            if (v := d["template_id"]) is None or v.__class__ is str
            else parse_str_or_none(d["template_id"])
        )
        obj.scope = _policy_scope.PolicyScope.from_dict(d["scope"])
        obj.conditions = parse_list(_policy_condition.PolicyCondition.from_dict, d["conditions"])
        obj.condition_logic = (
            v
            if (v := d["condition_logic"]) in ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES
            else check_enforcement_policy_condition_logic(
                d["condition_logic"], "EnforcementPolicy.condition_logic"
            )
        )
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
        obj.requires_approval = (
            v if (v := d["requires_approval"]).__class__ is bool else parse_bool(d["requires_approval"])
        )
        obj.approval_timeout_minutes = (
            v
            if (v := d["approval_timeout_minutes"]).__class__ is int
            else parse_int(d["approval_timeout_minutes"])
        )
        obj.cooldown_minutes = (
            v if (v := d["cooldown_minutes"]).__class__ is int else parse_int(d["cooldown_minutes"])
        )
        obj.created_by = v if (v := d["created_by"]).__class__ is str else parse_str(d["created_by"])
        obj.created_at = parse_datetime(d["created_at"])
        obj.updated_at = parse_datetime(d["updated_at"])
        obj.last_triggered_at = parse_datetime_or_none(d["last_triggered_at"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 18 else {}
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
