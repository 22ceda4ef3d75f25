from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_credential_status import (
    AGENT_CREDENTIAL_STATUS_VALUES,
    AgentCredentialStatus,
    check_agent_credential_status,
)
from ..models.agent_scope import (
    AgentScope,
    check_agent_scope,
)
from ..types import (
    model_repr,
    parse_const,
    parse_datetime,
    parse_datetime_or_none,
    parse_list,
    parse_object,
    parse_str,
)

T = TypeVar("T", bound="AgentCredentialCreated")
_FIELDS: frozenset[str] = frozenset(
    {
        "key_id",
        "name",
        "secret",
        "algorithm",
        "scopes",
        "status",
        "created_at",
        "expires_at",
    }
)


@_attrs_define(repr=False)
class AgentCredentialCreated:
    """A newly minted agent credential, including its plaintext secret, which this response carries exactly once."""

    key_id: str
    """ Key id; agents send it with each signed request. Opaque string; ids start with `key_`. """
    name: str
    """ What the key is for. """
    secret: str
    """ The plaintext HMAC signing secret. Returned ONLY in this response: store it now; it
    cannot be retrieved again (TensorCost keeps only a hash). If it is lost, revoke the key
    and mint a new one.
     """
    algorithm: Literal["HMAC-SHA256"]
    """ Signing algorithm; always `HMAC-SHA256`. """
    scopes: list[AgentScope]
    """ The scopes granted. """
    status: AgentCredentialStatus
    """ `active`: requests signed with the key are accepted. `revoked`: refused. """
    created_at: datetime.datetime
    """ When the key was minted. """
    expires_at: datetime.datetime | None
    """ When the key stops working; `null` for no expiry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        key_id = self.key_id

        name = self.name

        secret = self.secret

        algorithm = self.algorithm

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item: str = scopes_item_data
            scopes.append(scopes_item)

        status: str = self.status

        created_at = self.created_at.isoformat()

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_id": key_id,
                "name": name,
                "secret": secret,
                "algorithm": algorithm,
                "scopes": scopes,
                "status": status,
                "created_at": created_at,
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
        obj.key_id = v if (v := d["key_id"]).__class__ is str else parse_str(d["key_id"])
        obj.name = v if (v := d["name"]).__class__ is str else parse_str(d["name"])
        obj.secret = v if (v := d["secret"]).__class__ is str else parse_str(d["secret"])
        obj.algorithm = parse_const("HMAC-SHA256", d["algorithm"])
        obj.scopes = parse_list(check_agent_scope, d["scopes"])
        obj.status = (
            v
            if (v := d["status"]) in AGENT_CREDENTIAL_STATUS_VALUES
            else check_agent_credential_status(d["status"], "AgentCredentialCreated.status")
        )
        obj.created_at = parse_datetime(d["created_at"])
        obj.expires_at = parse_datetime_or_none(d["expires_at"])
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
