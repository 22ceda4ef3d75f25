from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policy_definition_condition_logic import (
    PolicyDefinitionConditionLogic,
    check_policy_definition_condition_logic,
)
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


T = TypeVar("T", bound="PolicyDefinition")


@_attrs_define
class PolicyDefinition:
    """The behaviour of a policy without its name or mode, as `enforcement_simulate_policy` takes it."""

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
    scope: PolicyScope | Unset = UNSET
    """ What a policy applies to. Each list narrows the scope; an omitted or empty list means all. """
    condition_logic: PolicyDefinitionConditionLogic | Unset = "all"
    """ `all`: every condition must hold; `any`: one is enough. """
    requires_approval: bool | Unset = True
    """ Whether the actions would wait for approval. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.block_model_policy_action import BlockModelPolicyAction  # noqa: PLC0415
        from ..models.notify_policy_action import NotifyPolicyAction  # noqa: PLC0415
        from ..models.route_model_policy_action import RouteModelPolicyAction  # noqa: PLC0415
        from ..models.scale_down_policy_action import ScaleDownPolicyAction  # noqa: PLC0415
        from ..models.stop_instance_policy_action import StopInstancePolicyAction  # noqa: PLC0415
        from ..models.throttle_policy_action import ThrottlePolicyAction  # noqa: PLC0415

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

        scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.to_dict()

        condition_logic: str | Unset = UNSET
        if not isinstance(self.condition_logic, Unset):
            condition_logic = self.condition_logic

        requires_approval = self.requires_approval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditions": conditions,
                "actions": actions,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if condition_logic is not UNSET:
            field_dict["condition_logic"] = condition_logic
        if requires_approval is not UNSET:
            field_dict["requires_approval"] = requires_approval

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

        _scope = d.pop("scope", UNSET)
        scope: PolicyScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = PolicyScope.from_dict(_scope)

        _condition_logic = d.pop("condition_logic", UNSET)
        condition_logic: PolicyDefinitionConditionLogic | Unset
        if isinstance(_condition_logic, Unset):
            condition_logic = UNSET
        else:
            condition_logic = check_policy_definition_condition_logic(_condition_logic)

        requires_approval = d.pop("requires_approval", UNSET)

        policy_definition = cls(
            conditions=conditions,
            actions=actions,
            scope=scope,
            condition_logic=condition_logic,
            requires_approval=requires_approval,
        )

        policy_definition.additional_properties = d
        return policy_definition

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
