from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enforcement_action_status import (
    EnforcementActionStatus,
    check_enforcement_action_status,
)
from ..models.enforcement_action_type import (
    EnforcementActionType,
    check_enforcement_action_type,
)

if TYPE_CHECKING:
    from ..models.action_target import ActionTarget
    from ..models.block_model_policy_action import BlockModelPolicyAction
    from ..models.money import Money
    from ..models.notify_policy_action import NotifyPolicyAction
    from ..models.revoke_key_policy_action import RevokeKeyPolicyAction
    from ..models.route_model_policy_action import RouteModelPolicyAction
    from ..models.scale_down_policy_action import ScaleDownPolicyAction
    from ..models.stop_instance_policy_action import StopInstancePolicyAction
    from ..models.throttle_policy_action import ThrottlePolicyAction


T = TypeVar("T", bound="EnforcementAction")


@_attrs_define
class EnforcementAction:
    """An entry in the action queue. `type` always equals `action.type`; `action` is the configuration that runs against
    `target`.

    """

    id: str
    """ Action id. Opaque string; ids start with `act_`. """
    policy_id: None | str
    """ The policy that queued it; null when an accepted recommendation did. Opaque string; ids start with `pol_`.
    """
    policy_name: None | str
    """ That policy's name. """
    recommendation_id: None | str
    """ The accepted recommendation that queued it, if any. Opaque string; ids start with `rec_`. """
    type_: EnforcementActionType
    """ What an action does: `notify` sends to channels; `throttle` caps request and token rates;
    `block_model` refuses calls to models; `route_model` sends traffic to a cheaper model;
    `stop_instance` stops GPU instances; `scale_down` shrinks a GPU group; `revoke_key` revokes
    agent credentials.
     """
    status: EnforcementActionStatus
    """ Where a queued action is: `pending_approval` waits for a human (until `expires_at`, then
    `expired`); `approved` waits for the executor; `executing`, then `succeeded` or `failed`;
    `cancelled` was stopped before it started.
     """
    action: (
        BlockModelPolicyAction
        | NotifyPolicyAction
        | RevokeKeyPolicyAction
        | RouteModelPolicyAction
        | ScaleDownPolicyAction
        | StopInstancePolicyAction
        | ThrottlePolicyAction
    )
    """ One action of a policy, chosen by `type`. """
    target: ActionTarget
    """ What a queued action acts on. """
    reason: str
    """ Why it was queued. """
    observed_value: float | None
    """ The metric value that met the condition, in the metric's unit. """
    estimated_savings: Money | None
    """ Estimated savings if the action runs; null when not estimated. """
    requested_at: datetime.datetime
    """ When it was queued. """
    expires_at: datetime.datetime | None
    """ When a pending approval expires; null if no approval is needed. """
    approved_by: None | str
    """ Who approved it. """
    approved_at: datetime.datetime | None
    """ When it was approved. """
    approval_comment: None | str
    """ The approver's comment. """
    cancelled_by: None | str
    """ Who cancelled it. """
    cancelled_at: datetime.datetime | None
    """ When it was cancelled. """
    cancel_reason: None | str
    """ Why it was cancelled. """
    started_at: datetime.datetime | None
    """ When execution started. """
    completed_at: datetime.datetime | None
    """ When it succeeded or failed. """
    failure_reason: None | str
    """ Why it failed, when `status` is `failed`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.block_model_policy_action import BlockModelPolicyAction  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415
        from ..models.notify_policy_action import NotifyPolicyAction  # noqa: PLC0415
        from ..models.route_model_policy_action import RouteModelPolicyAction  # noqa: PLC0415
        from ..models.scale_down_policy_action import ScaleDownPolicyAction  # noqa: PLC0415
        from ..models.stop_instance_policy_action import StopInstancePolicyAction  # noqa: PLC0415
        from ..models.throttle_policy_action import ThrottlePolicyAction  # noqa: PLC0415

        id = self.id

        policy_id: None | str
        policy_id = self.policy_id

        policy_name: None | str
        policy_name = self.policy_name

        recommendation_id: None | str
        recommendation_id = self.recommendation_id

        type_: str = self.type_

        status: str = self.status

        action: dict[str, Any]
        if isinstance(self.action, NotifyPolicyAction):
            action = self.action.to_dict()
        elif isinstance(self.action, ThrottlePolicyAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BlockModelPolicyAction):
            action = self.action.to_dict()
        elif isinstance(self.action, RouteModelPolicyAction):
            action = self.action.to_dict()
        elif isinstance(self.action, StopInstancePolicyAction):
            action = self.action.to_dict()
        elif isinstance(self.action, ScaleDownPolicyAction):
            action = self.action.to_dict()
        else:
            action = self.action.to_dict()

        target = self.target.to_dict()

        reason = self.reason

        observed_value: float | None
        observed_value = self.observed_value

        estimated_savings: dict[str, Any] | None
        if isinstance(self.estimated_savings, Money):
            estimated_savings = self.estimated_savings.to_dict()
        else:
            estimated_savings = self.estimated_savings

        requested_at = self.requested_at.isoformat()

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        approved_by: None | str
        approved_by = self.approved_by

        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        approval_comment: None | str
        approval_comment = self.approval_comment

        cancelled_by: None | str
        cancelled_by = self.cancelled_by

        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        cancel_reason: None | str
        cancel_reason = self.cancel_reason

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        failure_reason: None | str
        failure_reason = self.failure_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "policy_id": policy_id,
                "policy_name": policy_name,
                "recommendation_id": recommendation_id,
                "type": type_,
                "status": status,
                "action": action,
                "target": target,
                "reason": reason,
                "observed_value": observed_value,
                "estimated_savings": estimated_savings,
                "requested_at": requested_at,
                "expires_at": expires_at,
                "approved_by": approved_by,
                "approved_at": approved_at,
                "approval_comment": approval_comment,
                "cancelled_by": cancelled_by,
                "cancelled_at": cancelled_at,
                "cancel_reason": cancel_reason,
                "started_at": started_at,
                "completed_at": completed_at,
                "failure_reason": failure_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_target import ActionTarget  # noqa: PLC0415
        from ..models.block_model_policy_action import BlockModelPolicyAction  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415
        from ..models.notify_policy_action import NotifyPolicyAction  # noqa: PLC0415
        from ..models.revoke_key_policy_action import RevokeKeyPolicyAction  # noqa: PLC0415
        from ..models.route_model_policy_action import RouteModelPolicyAction  # noqa: PLC0415
        from ..models.scale_down_policy_action import ScaleDownPolicyAction  # noqa: PLC0415
        from ..models.stop_instance_policy_action import StopInstancePolicyAction  # noqa: PLC0415
        from ..models.throttle_policy_action import ThrottlePolicyAction  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_policy_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        policy_id = _parse_policy_id(d.pop("policy_id"))

        def _parse_policy_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        policy_name = _parse_policy_name(d.pop("policy_name"))

        def _parse_recommendation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        recommendation_id = _parse_recommendation_id(d.pop("recommendation_id"))

        type_ = check_enforcement_action_type(d.pop("type"))

        status = check_enforcement_action_status(d.pop("status"))

        def _parse_action(
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
                componentsschemas_policy_action_type_0 = NotifyPolicyAction.from_dict(
                    data
                )

                return componentsschemas_policy_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_policy_action_type_1 = ThrottlePolicyAction.from_dict(
                    data
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
            componentsschemas_policy_action_type_6 = RevokeKeyPolicyAction.from_dict(
                data
            )

            return componentsschemas_policy_action_type_6

        action = _parse_action(d.pop("action"))

        target = ActionTarget.from_dict(d.pop("target"))

        reason = d.pop("reason")

        def _parse_observed_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        observed_value = _parse_observed_value(d.pop("observed_value"))

        def _parse_estimated_savings(data: object) -> Money | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                estimated_savings_type_0 = Money.from_dict(data)

                return estimated_savings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None, data)

        estimated_savings = _parse_estimated_savings(d.pop("estimated_savings"))

        requested_at = datetime.datetime.fromisoformat(d.pop("requested_at"))

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at"))

        def _parse_approved_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approved_by = _parse_approved_by(d.pop("approved_by"))

        def _parse_approved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)

                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        approved_at = _parse_approved_at(d.pop("approved_at"))

        def _parse_approval_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approval_comment = _parse_approval_comment(d.pop("approval_comment"))

        def _parse_cancelled_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancelled_by = _parse_cancelled_by(d.pop("cancelled_by"))

        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)

                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))

        def _parse_cancel_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_failure_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        failure_reason = _parse_failure_reason(d.pop("failure_reason"))

        enforcement_action = cls(
            id=id,
            policy_id=policy_id,
            policy_name=policy_name,
            recommendation_id=recommendation_id,
            type_=type_,
            status=status,
            action=action,
            target=target,
            reason=reason,
            observed_value=observed_value,
            estimated_savings=estimated_savings,
            requested_at=requested_at,
            expires_at=expires_at,
            approved_by=approved_by,
            approved_at=approved_at,
            approval_comment=approval_comment,
            cancelled_by=cancelled_by,
            cancelled_at=cancelled_at,
            cancel_reason=cancel_reason,
            started_at=started_at,
            completed_at=completed_at,
            failure_reason=failure_reason,
        )

        enforcement_action.additional_properties = d
        return enforcement_action

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
