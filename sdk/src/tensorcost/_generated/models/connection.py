from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import agent_credential_auth_summary as _agent_credential_auth_summary
from ..models import aws_assume_role_auth_summary as _aws_assume_role_auth_summary
from ..models import (
    azure_service_principal_auth_summary as _azure_service_principal_auth_summary,
)
from ..models import (
    gcp_service_account_auth_summary as _gcp_service_account_auth_summary,
)
from ..models import provider_api_key_auth_summary as _provider_api_key_auth_summary
from ..models.connection_provider import (
    CONNECTION_PROVIDER_VALUES,
    ConnectionProvider,
    check_connection_provider,
)
from ..models.connection_status import (
    CONNECTION_STATUS_VALUES,
    ConnectionStatus,
    check_connection_status,
)
from ..models.source import Source, check_source
from ..types import (
    model_repr,
    parse_bool,
    parse_datetime,
    parse_datetime_or_none,
    parse_list,
    parse_object,
    parse_str,
    parse_str_or_none,
    parse_union,
)

if TYPE_CHECKING:
    from ..models.agent_credential_auth_summary import AgentCredentialAuthSummary
    from ..models.aws_assume_role_auth_summary import AwsAssumeRoleAuthSummary
    from ..models.azure_service_principal_auth_summary import (
        AzureServicePrincipalAuthSummary,
    )
    from ..models.gcp_service_account_auth_summary import GcpServiceAccountAuthSummary
    from ..models.provider_api_key_auth_summary import ProviderApiKeyAuthSummary


T = TypeVar("T", bound="Connection")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "provider",
        "account_id",
        "auth",
        "sources",
        "status",
        "status_reason",
        "has_secret",
        "secret_rotated_at",
        "last_validated_at",
        "last_synced_at",
        "created_at",
        "updated_at",
    }
)


@_attrs_define(repr=False)
class Connection:
    """A connection to a cloud account, inference provider or GPU-agent cluster. Never contains secrets."""

    id: str
    """ Connection id. Opaque string; ids start with `con_`. """
    name: str
    """ Display name. """
    provider: ConnectionProvider
    """ What the connection reaches: a cloud account (`aws`, `azure`, `gcp`), a managed-inference
    service inside one (`bedrock` in an AWS account, `azure_openai` in an Azure subscription),
    an inference provider organisation (`openai`, `anthropic`), or a cluster of TensorCost GPU
    agents. The reference creates connections for "Bedrock, Azure OpenAI, etc.", so more
    providers will appear.
     """
    account_id: str
    """ The account at the provider (see `CreateConnectionRequest.account_id`). """
    auth: (
        AgentCredentialAuthSummary
        | AwsAssumeRoleAuthSummary
        | AzureServicePrincipalAuthSummary
        | GcpServiceAccountAuthSummary
        | ProviderApiKeyAuthSummary
    )
    """ The non-secret part of a connection's credentials, one variant per auth method, chosen by `method`. """
    sources: list[Source]
    """ The spend sources ingested through this connection. """
    status: ConnectionStatus
    """ Health of a connection. `pending`: created, first validation not finished. `active`: all
    checks pass. `degraded`: ingesting, but a check warns. `failed`: a check fails, nothing
    is ingested. `disabled`: switched off by a user; neither validated nor synced.
     """
    status_reason: None | str
    """ Why the status is not `active` (from the failing or warning check); `null` when active. """
    has_secret: bool
    """ Whether a secret (client secret, key, API key) is stored for this connection. """
    secret_rotated_at: datetime.datetime | None
    """ When the stored secret was last rotated; `null` if never. """
    last_validated_at: datetime.datetime | None
    """ When the checks last ran; `null` before the first validation. """
    last_synced_at: datetime.datetime | None
    """ When the last sync finished; `null` before the first sync. """
    created_at: datetime.datetime
    """ When the connection was created. """
    updated_at: datetime.datetime
    """ When the connection last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        from ..models.aws_assume_role_auth_summary import AwsAssumeRoleAuthSummary  # noqa: PLC0415
        from ..models.azure_service_principal_auth_summary import (
            AzureServicePrincipalAuthSummary,  # noqa: PLC0415
        )
        from ..models.gcp_service_account_auth_summary import (
            GcpServiceAccountAuthSummary,  # noqa: PLC0415
        )
        from ..models.provider_api_key_auth_summary import ProviderApiKeyAuthSummary  # noqa: PLC0415

        id = self.id

        name = self.name

        provider: str = self.provider

        account_id = self.account_id

        auth: dict[str, Any]
        if isinstance(self.auth, AwsAssumeRoleAuthSummary):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, AzureServicePrincipalAuthSummary):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, GcpServiceAccountAuthSummary):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, ProviderApiKeyAuthSummary):
            auth = self.auth.to_dict()
        else:
            auth = self.auth.to_dict()

        sources = []
        for sources_item_data in self.sources:
            sources_item: str = sources_item_data
            sources.append(sources_item)

        status: str = self.status

        status_reason: None | str
        status_reason = self.status_reason

        has_secret = self.has_secret

        secret_rotated_at: None | str
        if isinstance(self.secret_rotated_at, datetime.datetime):
            secret_rotated_at = self.secret_rotated_at.isoformat()
        else:
            secret_rotated_at = self.secret_rotated_at

        last_validated_at: None | str
        if isinstance(self.last_validated_at, datetime.datetime):
            last_validated_at = self.last_validated_at.isoformat()
        else:
            last_validated_at = self.last_validated_at

        last_synced_at: None | str
        if isinstance(self.last_synced_at, datetime.datetime):
            last_synced_at = self.last_synced_at.isoformat()
        else:
            last_synced_at = self.last_synced_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "provider": provider,
                "account_id": account_id,
                "auth": auth,
                "sources": sources,
                "status": status,
                "status_reason": status_reason,
                "has_secret": has_secret,
                "secret_rotated_at": secret_rotated_at,
                "last_validated_at": last_validated_at,
                "last_synced_at": last_synced_at,
                "created_at": created_at,
                "updated_at": updated_at,
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
        obj.name = v if (v := d["name"]).__class__ is str else parse_str(d["name"])
        obj.provider = (
            v
            if (v := d["provider"]) in CONNECTION_PROVIDER_VALUES
            else check_connection_provider(d["provider"], "Connection.provider")
        )
        obj.account_id = v if (v := d["account_id"]).__class__ is str else parse_str(d["account_id"])
        obj.auth = parse_union(
            (
                _aws_assume_role_auth_summary.AwsAssumeRoleAuthSummary.from_dict,
                _azure_service_principal_auth_summary.AzureServicePrincipalAuthSummary.from_dict,
                _gcp_service_account_auth_summary.GcpServiceAccountAuthSummary.from_dict,
                _provider_api_key_auth_summary.ProviderApiKeyAuthSummary.from_dict,
                _agent_credential_auth_summary.AgentCredentialAuthSummary.from_dict,
            ),
            d["auth"],
        )
        obj.sources = parse_list(check_source, d["sources"])
        obj.status = (
            v
            if (v := d["status"]) in CONNECTION_STATUS_VALUES
            else check_connection_status(d["status"], "Connection.status")
        )
        obj.status_reason = (
            v
            if (v := d["status_reason"]) is None or v.__class__ is str
            else parse_str_or_none(d["status_reason"])
        )
        obj.has_secret = v if (v := d["has_secret"]).__class__ is bool else parse_bool(d["has_secret"])
        obj.secret_rotated_at = parse_datetime_or_none(d["secret_rotated_at"])
        obj.last_validated_at = parse_datetime_or_none(d["last_validated_at"])
        obj.last_synced_at = parse_datetime_or_none(d["last_synced_at"])
        obj.created_at = parse_datetime(d["created_at"])
        obj.updated_at = parse_datetime(d["updated_at"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 14 else {}
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
