from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_provider import ConnectionProvider, check_connection_provider
from ..models.source import Source, check_source

if TYPE_CHECKING:
    from ..models.agent_credential_auth import AgentCredentialAuth
    from ..models.aws_assume_role_auth import AwsAssumeRoleAuth
    from ..models.azure_service_principal_auth import AzureServicePrincipalAuth
    from ..models.gcp_service_account_auth import GcpServiceAccountAuth
    from ..models.provider_api_key_auth import ProviderApiKeyAuth


T = TypeVar("T", bound="CreateConnectionRequest")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_credential_auth import AgentCredentialAuth  # noqa: PLC0415
        from ..models.aws_assume_role_auth import AwsAssumeRoleAuth  # noqa: PLC0415
        from ..models.azure_service_principal_auth import AzureServicePrincipalAuth  # noqa: PLC0415
        from ..models.gcp_service_account_auth import GcpServiceAccountAuth  # noqa: PLC0415
        from ..models.provider_api_key_auth import ProviderApiKeyAuth  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        provider = check_connection_provider(d.pop("provider"))

        account_id = d.pop("account_id")

        def _parse_auth(
            data: object,
        ) -> (
            AgentCredentialAuth
            | AwsAssumeRoleAuth
            | AzureServicePrincipalAuth
            | GcpServiceAccountAuth
            | ProviderApiKeyAuth
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_connection_auth_type_0 = AwsAssumeRoleAuth.from_dict(
                    data
                )

                return componentsschemas_connection_auth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_connection_auth_type_1 = (
                    AzureServicePrincipalAuth.from_dict(data)
                )

                return componentsschemas_connection_auth_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_connection_auth_type_2 = (
                    GcpServiceAccountAuth.from_dict(data)
                )

                return componentsschemas_connection_auth_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_connection_auth_type_3 = ProviderApiKeyAuth.from_dict(
                    data
                )

                return componentsschemas_connection_auth_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_connection_auth_type_4 = AgentCredentialAuth.from_dict(
                data
            )

            return componentsschemas_connection_auth_type_4

        auth = _parse_auth(d.pop("auth"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = check_source(sources_item_data)

            sources.append(sources_item)

        create_connection_request = cls(
            name=name,
            provider=provider,
            account_id=account_id,
            auth=auth,
            sources=sources,
        )

        create_connection_request.additional_properties = d
        return create_connection_request

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
