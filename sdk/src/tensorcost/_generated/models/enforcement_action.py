from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import action_target as _action_target
from ..models import block_model_policy_action as _block_model_policy_action
from ..models import money as _money
from ..models import notify_policy_action as _notify_policy_action
from ..models import revoke_key_policy_action as _revoke_key_policy_action
from ..models import route_model_policy_action as _route_model_policy_action
from ..models import scale_down_policy_action as _scale_down_policy_action
from ..models import stop_instance_policy_action as _stop_instance_policy_action
from ..models import throttle_policy_action as _throttle_policy_action
from ..models.enforcement_action_status import (
    ENFORCEMENT_ACTION_STATUS_VALUES,
    EnforcementActionStatus,
    check_enforcement_action_status,
)
from ..models.enforcement_action_type import (
    ENFORCEMENT_ACTION_TYPE_VALUES,
    EnforcementActionType,
    check_enforcement_action_type,
)
from ..types import (
    model_repr,
    parse_datetime,
    parse_datetime_or_none,
    parse_float_or_none,
    parse_nullable,
    parse_object,
    parse_str,
    parse_str_or_none,
    parse_union,
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
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "policy_id",
        "policy_name",
        "recommendation_id",
        "type",
        "status",
        "action",
        "target",
        "reason",
        "observed_value",
        "estimated_savings",
        "requested_at",
        "expires_at",
        "approved_by",
        "approved_at",
        "approval_comment",
        "cancelled_by",
        "cancelled_at",
        "cancel_reason",
        "started_at",
        "completed_at",
        "failure_reason",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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
        obj.policy_id = (
            v if (v := d["policy_id"]) is None or v.__class__ is str else parse_str_or_none(d["policy_id"])
        )
        obj.policy_name = (
            v
            if (v := d["policy_name"]) is None or v.__class__ is str
            else parse_str_or_none(d["policy_name"])
        )
        obj.recommendation_id = (
            v
            if (v := d["recommendation_id"]) is None or v.__class__ is str
            else parse_str_or_none(d["recommendation_id"])
        )
        obj.type_ = (
            v
            if (v := d["type"]) in ENFORCEMENT_ACTION_TYPE_VALUES
            else check_enforcement_action_type(d["type"], "EnforcementAction.type")
        )
        obj.status = (
            v
            if (v := d["status"]) in ENFORCEMENT_ACTION_STATUS_VALUES
            else check_enforcement_action_status(d["status"], "EnforcementAction.status")
        )
        obj.action = parse_union(
            (
                _notify_policy_action.NotifyPolicyAction.from_dict,
                _throttle_policy_action.ThrottlePolicyAction.from_dict,
                _block_model_policy_action.BlockModelPolicyAction.from_dict,
                _route_model_policy_action.RouteModelPolicyAction.from_dict,
                _stop_instance_policy_action.StopInstancePolicyAction.from_dict,
                _scale_down_policy_action.ScaleDownPolicyAction.from_dict,
                _revoke_key_policy_action.RevokeKeyPolicyAction.from_dict,
            ),
            d["action"],
        )
        obj.target = _action_target.ActionTarget.from_dict(d["target"])
        obj.reason = v if (v := d["reason"]).__class__ is str else parse_str(d["reason"])
        obj.observed_value = (
            v
            if (v := d["observed_value"]) is None
            or v.__class__ is float
            and v - v == 0.0
            or v.__class__ is int
            else parse_float_or_none(d["observed_value"])
        )
        obj.estimated_savings = parse_nullable(_money.Money.from_dict, d["estimated_savings"])
        obj.requested_at = parse_datetime(d["requested_at"])
        obj.expires_at = parse_datetime_or_none(d["expires_at"])
        obj.approved_by = (
            v
            if (v := d["approved_by"]) is None or v.__class__ is str
            else parse_str_or_none(d["approved_by"])
        )
        obj.approved_at = parse_datetime_or_none(d["approved_at"])
        obj.approval_comment = (
            v
            if (v := d["approval_comment"]) is None or v.__class__ is str
            else parse_str_or_none(d["approval_comment"])
        )
        obj.cancelled_by = (
            v
            if (v := d["cancelled_by"]) is None or v.__class__ is str
            else parse_str_or_none(d["cancelled_by"])
        )
        obj.cancelled_at = parse_datetime_or_none(d["cancelled_at"])
        obj.cancel_reason = (
            v
            if (v := d["cancel_reason"]) is None or v.__class__ is str
            else parse_str_or_none(d["cancel_reason"])
        )
        obj.started_at = parse_datetime_or_none(d["started_at"])
        obj.completed_at = parse_datetime_or_none(d["completed_at"])
        obj.failure_reason = (
            v
            if (v := d["failure_reason"]) is None or v.__class__ is str
            else parse_str_or_none(d["failure_reason"])
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 22 else {}
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
