from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enforcement_policy_condition_logic import (
    EnforcementPolicyConditionLogic,
    check_enforcement_policy_condition_logic,
)
from ..models.enforcement_policy_resume_mode import (
    EnforcementPolicyResumeMode,
    check_enforcement_policy_resume_mode,
)
from ..models.policy_mode import PolicyMode, check_policy_mode

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


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block_model_policy_action import BlockModelPolicyAction  # noqa: PLC0415
        from ..models.notify_policy_action import NotifyPolicyAction  # noqa: PLC0415
        from ..models.policy_condition import PolicyCondition  # noqa: PLC0415
        from ..models.policy_scope import PolicyScope  # noqa: PLC0415
        from ..models.revoke_key_policy_action import RevokeKeyPolicyAction  # noqa: PLC0415
        from ..models.route_model_policy_action import RouteModelPolicyAction  # noqa: PLC0415
        from ..models.scale_down_policy_action import ScaleDownPolicyAction  # noqa: PLC0415
        from ..models.stop_instance_policy_action import StopInstancePolicyAction  # noqa: PLC0415
        from ..models.throttle_policy_action import ThrottlePolicyAction  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        mode = check_policy_mode(d.pop("mode"))

        enabled = d.pop("enabled")

        resume_mode = check_enforcement_policy_resume_mode(d.pop("resume_mode"))

        def _parse_template_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        template_id = _parse_template_id(d.pop("template_id"))

        scope = PolicyScope.from_dict(d.pop("scope"))

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = PolicyCondition.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        condition_logic = check_enforcement_policy_condition_logic(
            d.pop("condition_logic")
        )

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:

            def _parse_actions_item(
                data: object,
            ) -> (
                BlockModelPolicyAction
                | NotifyPolicyAction
                | RevokeKeyPolicyAction
                | RouteModelPolicyAction
                | ScaleDownPolicyAction
                | StopInstancePolicyAction
                | ThrottlePolicyAction
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_policy_action_type_0 = (
                        NotifyPolicyAction.from_dict(data)
                    )

                    return componentsschemas_policy_action_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_policy_action_type_1 = (
                        ThrottlePolicyAction.from_dict(data)
                    )

                    return componentsschemas_policy_action_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_policy_action_type_2 = (
                        BlockModelPolicyAction.from_dict(data)
                    )

                    return componentsschemas_policy_action_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_policy_action_type_3 = (
                        RouteModelPolicyAction.from_dict(data)
                    )

                    return componentsschemas_policy_action_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_policy_action_type_4 = (
                        StopInstancePolicyAction.from_dict(data)
                    )

                    return componentsschemas_policy_action_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_policy_action_type_5 = (
                        ScaleDownPolicyAction.from_dict(data)
                    )

                    return componentsschemas_policy_action_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_policy_action_type_6 = (
                    RevokeKeyPolicyAction.from_dict(data)
                )

                return componentsschemas_policy_action_type_6

            actions_item = _parse_actions_item(actions_item_data)

            actions.append(actions_item)

        requires_approval = d.pop("requires_approval")

        approval_timeout_minutes = d.pop("approval_timeout_minutes")

        cooldown_minutes = d.pop("cooldown_minutes")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_last_triggered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_triggered_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_triggered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_triggered_at = _parse_last_triggered_at(d.pop("last_triggered_at"))

        enforcement_policy = cls(
            id=id,
            name=name,
            description=description,
            mode=mode,
            enabled=enabled,
            resume_mode=resume_mode,
            template_id=template_id,
            scope=scope,
            conditions=conditions,
            condition_logic=condition_logic,
            actions=actions,
            requires_approval=requires_approval,
            approval_timeout_minutes=approval_timeout_minutes,
            cooldown_minutes=cooldown_minutes,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            last_triggered_at=last_triggered_at,
        )

        enforcement_policy.additional_properties = d
        return enforcement_policy

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
