from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_outcome import AuditOutcome, check_audit_outcome

if TYPE_CHECKING:
    from ..models.audit_actor import AuditActor
    from ..models.audit_target import AuditTarget


T = TypeVar("T", bound="AuditEvent")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_actor import AuditActor  # noqa: PLC0415
        from ..models.audit_target import AuditTarget  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        actor = AuditActor.from_dict(d.pop("actor"))

        action = d.pop("action")

        target = AuditTarget.from_dict(d.pop("target"))

        outcome = check_audit_outcome(d.pop("outcome"))

        request_id = d.pop("request_id")

        def _parse_ip(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ip = _parse_ip(d.pop("ip"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        audit_event = cls(
            id=id,
            actor=actor,
            action=action,
            target=target,
            outcome=outcome,
            request_id=request_id,
            ip=ip,
            occurred_at=occurred_at,
        )

        audit_event.additional_properties = d
        return audit_event

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
