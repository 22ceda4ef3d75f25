from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import action_target as _action_target
from ..models.enforcement_action_type import (
    ENFORCEMENT_ACTION_TYPE_VALUES,
    EnforcementActionType,
    check_enforcement_action_type,
)
from ..models.enforcement_action_webhook_data_status import (
    ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES,
    EnforcementActionWebhookDataStatus,
    check_enforcement_action_webhook_data_status,
)
from ..types import (
    model_repr,
    parse_bool,
    parse_datetime,
    parse_datetime_or_none,
    parse_object,
    parse_str,
    parse_str_or_none,
)

if TYPE_CHECKING:
    from ..models.action_target import ActionTarget


T = TypeVar("T", bound="EnforcementActionWebhookData")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "policy_id",
        "policy_name",
        "recommendation_id",
        "type",
        "status",
        "requires_approval",
        "target",
        "reason",
        "requested_at",
        "expires_at",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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
            else check_enforcement_action_type(d["type"], "EnforcementActionWebhookData.type")
        )
        obj.status = (
            v
            if (v := d["status"]) in ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES
            else check_enforcement_action_webhook_data_status(
                d["status"], "EnforcementActionWebhookData.status"
            )
        )
        obj.requires_approval = (
            v if (v := d["requires_approval"]).__class__ is bool else parse_bool(d["requires_approval"])
        )
        obj.target = _action_target.ActionTarget.from_dict(d["target"])
        obj.reason = v if (v := d["reason"]).__class__ is str else parse_str(d["reason"])
        obj.requested_at = parse_datetime(d["requested_at"])
        obj.expires_at = parse_datetime_or_none(d["expires_at"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 11 else {}
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
