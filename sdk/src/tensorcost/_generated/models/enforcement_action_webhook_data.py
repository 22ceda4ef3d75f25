from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enforcement_action_type import (
    EnforcementActionType,
    check_enforcement_action_type,
)
from ..models.enforcement_action_webhook_data_status import (
    EnforcementActionWebhookDataStatus,
    check_enforcement_action_webhook_data_status,
)

if TYPE_CHECKING:
    from ..models.action_target import ActionTarget


T = TypeVar("T", bound="EnforcementActionWebhookData")


@_attrs_define
class EnforcementActionWebhookData:
    """An action that entered the enforcement action queue; its fields carry the same names and values as in
    `EnforcementAction` (`enforcement_list_actions`).

    """

    id: str
    """ Action id. Opaque string; ids start with `act_`. """
    policy_id: None | str
    """ The policy that queued the action; `null` when it came from an accepted recommendation. Opaque string; ids
    start with `pol_`. """
    policy_name: None | str
    """ The policy's display name; `null` without a policy. """
    recommendation_id: None | str
    """ The accepted recommendation that queued the action; `null` when a policy did. Opaque string; ids start with
    `rec_`. """
    type_: EnforcementActionType
    """ What an action does: `notify` sends to channels; `throttle` caps request and token rates;
    `block_model` refuses calls to models; `route_model` sends traffic to a cheaper model;
    `stop_instance` stops GPU instances; `scale_down` shrinks a GPU group; `revoke_key` revokes
    agent credentials.
     """
    status: EnforcementActionWebhookDataStatus
    """ `pending_approval` when someone must approve it first, else `approved` (it runs right away). """
    requires_approval: bool
    """ Whether the action waits for approval. """
    target: ActionTarget
    """ What a queued action acts on. """
    reason: str
    """ Why the action was queued. """
    requested_at: datetime.datetime
    """ When the action was queued (as `requested_at` in `enforcement_list_actions`). """
    expires_at: datetime.datetime | None
    """ When a pending action expires unapproved; `null` if it does not. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        policy_id: None | str
        policy_id = self.policy_id

        policy_name: None | str
        policy_name = self.policy_name

        recommendation_id: None | str
        recommendation_id = self.recommendation_id

        type_: str = self.type_

        status: str = self.status

        requires_approval = self.requires_approval

        target = self.target.to_dict()

        reason = self.reason

        requested_at = self.requested_at.isoformat()

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

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
                "requires_approval": requires_approval,
                "target": target,
                "reason": reason,
                "requested_at": requested_at,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_target import ActionTarget  # noqa: PLC0415

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

        status = check_enforcement_action_webhook_data_status(d.pop("status"))

        requires_approval = d.pop("requires_approval")

        target = ActionTarget.from_dict(d.pop("target"))

        reason = d.pop("reason")

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

        enforcement_action_webhook_data = cls(
            id=id,
            policy_id=policy_id,
            policy_name=policy_name,
            recommendation_id=recommendation_id,
            type_=type_,
            status=status,
            requires_approval=requires_approval,
            target=target,
            reason=reason,
            requested_at=requested_at,
            expires_at=expires_at,
        )

        enforcement_action_webhook_data.additional_properties = d
        return enforcement_action_webhook_data

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
