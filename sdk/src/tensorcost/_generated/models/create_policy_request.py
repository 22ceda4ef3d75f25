from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_policy_request_condition_logic import (
    CreatePolicyRequestConditionLogic,
    check_create_policy_request_condition_logic,
)
from ..models.policy_mode import PolicyMode, check_policy_mode
from ..types import UNSET, Unset

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


@_attrs_define
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
        name = d.pop("name")

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = PolicyCondition.from_dict(conditions_item_data)

            conditions.append(conditions_item)

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

        _scope = d.pop("scope", UNSET)
        scope: PolicyScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = PolicyScope.from_dict(_scope)

        _condition_logic = d.pop("condition_logic", UNSET)
        condition_logic: CreatePolicyRequestConditionLogic | Unset
        if isinstance(_condition_logic, Unset):
            condition_logic = UNSET
        else:
            condition_logic = check_create_policy_request_condition_logic(
                _condition_logic
            )

        requires_approval = d.pop("requires_approval", UNSET)

        approval_timeout_minutes = d.pop("approval_timeout_minutes", UNSET)

        cooldown_minutes = d.pop("cooldown_minutes", UNSET)

        create_policy_request = cls(
            name=name,
            conditions=conditions,
            actions=actions,
            description=description,
            mode=mode,
            scope=scope,
            condition_logic=condition_logic,
            requires_approval=requires_approval,
            approval_timeout_minutes=approval_timeout_minutes,
            cooldown_minutes=cooldown_minutes,
        )

        create_policy_request.additional_properties = d
        return create_policy_request

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
