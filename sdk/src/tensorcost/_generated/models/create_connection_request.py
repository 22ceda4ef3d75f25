from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import agent_credential_auth as _agent_credential_auth
from ..models import aws_assume_role_auth as _aws_assume_role_auth
from ..models import azure_service_principal_auth as _azure_service_principal_auth
from ..models import gcp_service_account_auth as _gcp_service_account_auth
from ..models import provider_api_key_auth as _provider_api_key_auth
from ..models.connection_provider import (
    CONNECTION_PROVIDER_VALUES,
    ConnectionProvider,
    check_connection_provider,
)
from ..models.source import Source, check_source
from ..types import (
    model_repr,
    parse_list,
    parse_object,
    parse_str,
    parse_union,
)

if TYPE_CHECKING:
    from ..models.agent_credential_auth import AgentCredentialAuth
    from ..models.aws_assume_role_auth import AwsAssumeRoleAuth
    from ..models.azure_service_principal_auth import AzureServicePrincipalAuth
    from ..models.gcp_service_account_auth import GcpServiceAccountAuth
    from ..models.provider_api_key_auth import ProviderApiKeyAuth


T = TypeVar("T", bound="CreateConnectionRequest")
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "provider",
        "account_id",
        "auth",
        "sources",
    }
)


@_attrs_define(repr=False)
class CreateConnectionRequest:
    """Body of `integration_create_connection`."""

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
    """ The account at the provider: AWS account id (12 digits), Azure subscription id, GCP
    billing account id, OpenAI or Anthropic organisation id, or the GPU cluster name.
    Unique per provider within the tenant.
     """
    auth: (
        AgentCredentialAuth
        | AwsAssumeRoleAuth
        | AzureServicePrincipalAuth
        | GcpServiceAccountAuth
        | ProviderApiKeyAuth
    )
    """ Credentials for a new connection, one variant per auth method, chosen by `method`. """
    sources: list[Source]
    """ The spend sources to ingest through this connection (e.g. `bedrock` for aws). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        from ..models.aws_assume_role_auth import AwsAssumeRoleAuth  # noqa: PLC0415
        from ..models.azure_service_principal_auth import AzureServicePrincipalAuth  # noqa: PLC0415
        from ..models.gcp_service_account_auth import GcpServiceAccountAuth  # noqa: PLC0415
        from ..models.provider_api_key_auth import ProviderApiKeyAuth  # noqa: PLC0415

        name = self.name

        provider: str = self.provider

        account_id = self.account_id

        auth: dict[str, Any]
        if isinstance(self.auth, AwsAssumeRoleAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, AzureServicePrincipalAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, GcpServiceAccountAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, ProviderApiKeyAuth):
            auth = self.auth.to_dict()
        else:
            auth = self.auth.to_dict()

        sources = []
        for sources_item_data in self.sources:
            sources_item: str = sources_item_data
            sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "provider": provider,
                "account_id": account_id,
                "auth": auth,
                "sources": sources,
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
        obj.name = v if (v := d["name"]).__class__ is str else parse_str(d["name"])
        obj.provider = (
            v
            if (v := d["provider"]) in CONNECTION_PROVIDER_VALUES
            else check_connection_provider(d["provider"], "CreateConnectionRequest.provider")
        )
        obj.account_id = v if (v := d["account_id"]).__class__ is str else parse_str(d["account_id"])
        obj.auth = parse_union(
            (
                _aws_assume_role_auth.AwsAssumeRoleAuth.from_dict,
                _azure_service_principal_auth.AzureServicePrincipalAuth.from_dict,
                _gcp_service_account_auth.GcpServiceAccountAuth.from_dict,
                _provider_api_key_auth.ProviderApiKeyAuth.from_dict,
                _agent_credential_auth.AgentCredentialAuth.from_dict,
            ),
            d["auth"],
        )
        obj.sources = parse_list(check_source, d["sources"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 5 else {}
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
