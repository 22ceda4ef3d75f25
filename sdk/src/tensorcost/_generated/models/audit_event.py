from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import audit_actor as _audit_actor
from ..models import audit_target as _audit_target
from ..models.audit_outcome import (
    AUDIT_OUTCOME_VALUES,
    AuditOutcome,
    check_audit_outcome,
)
from ..types import (
    model_repr,
    parse_datetime,
    parse_object,
    parse_str,
    parse_str_or_none,
)

if TYPE_CHECKING:
    from ..models.audit_actor import AuditActor
    from ..models.audit_target import AuditTarget


T = TypeVar("T", bound="AuditEvent")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "actor",
        "action",
        "target",
        "outcome",
        "request_id",
        "ip",
        "occurred_at",
    }
)


@_attrs_define(repr=False)
class AuditEvent:
    """One entry of the identity audit trail."""

    id: str
    """ Audit event id. Opaque string; ids start with `aud_`. """
    actor: AuditActor
    """ Who did it. """
    action: str
    """ What happened, `<object>.<verb>`, e.g. `auth.login`, `auth.token_refreshed`, `sso.config_updated`,
    `agent_credential.created`, `agent_credential.revoked`, `member.invited`, `member.role_updated`. """
    target: AuditTarget
    """ What it was done to. """
    outcome: AuditOutcome
    """ Whether the action succeeded. """
    request_id: str
    """ The request's trace id (`X-Request-Id`). """
    ip: None | str
    """ Client IPv4 or IPv6 address; `null` for system actions. """
    occurred_at: datetime.datetime
    """ When it happened. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        id = self.id

        actor = self.actor.to_dict()

        action = self.action

        target = self.target.to_dict()

        outcome: str = self.outcome

        request_id = self.request_id

        ip: None | str
        ip = self.ip

        occurred_at = self.occurred_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "actor": actor,
                "action": action,
                "target": target,
                "outcome": outcome,
                "request_id": request_id,
                "ip": ip,
                "occurred_at": occurred_at,
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
        obj.actor = _audit_actor.AuditActor.from_dict(d["actor"])
        obj.action = v if (v := d["action"]).__class__ is str else parse_str(d["action"])
        obj.target = _audit_target.AuditTarget.from_dict(d["target"])
        obj.outcome = (
            v
            if (v := d["outcome"]) in AUDIT_OUTCOME_VALUES
            else check_audit_outcome(d["outcome"], "AuditEvent.outcome")
        )
        obj.request_id = v if (v := d["request_id"]).__class__ is str else parse_str(d["request_id"])
        obj.ip = v if (v := d["ip"]) is None or v.__class__ is str else parse_str_or_none(d["ip"])
        obj.occurred_at = parse_datetime(d["occurred_at"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 8 else {}
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
