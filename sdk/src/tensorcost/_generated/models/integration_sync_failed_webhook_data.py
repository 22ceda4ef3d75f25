from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_provider import ConnectionProvider, check_connection_provider

T = TypeVar("T", bound="IntegrationSyncFailedWebhookData")


@_attrs_define
class IntegrationSyncFailedWebhookData:
    """A failed ingestion sync of a connection."""

    connection_id: str
    """ The connection. Opaque string; ids start with `con_`. """
    connection_name: str
    """ The connection's display name. """
    provider: ConnectionProvider
    """ What the connection reaches: a cloud account (`aws`, `azure`, `gcp`), a managed-inference
    service inside one (`bedrock` in an AWS account, `azure_openai` in an Azure subscription),
    an inference provider organisation (`openai`, `anthropic`), or a cluster of TensorCost GPU
    agents. The reference creates connections for "Bedrock, Azure OpenAI, etc.", so more
    providers will appear.
     """
    sync_id: str
    """ The failed sync run. Opaque string; ids start with `syn_`. """
    step: str
    """ The ingestion step that failed, named as in `integration_list_sync_history` (e.g. `fetch_cost_export`). """
    error_code: str
    """ Machine-readable failure code. """
    error_message: str
    """ What went wrong and how to fix it. """
    failed_at: datetime.datetime
    """ When the step failed. """
    consecutive_failures: int
    """ Failed syncs in a row, including this one. """
    next_retry_at: datetime.datetime | None
    """ When the sync is retried; `null` if retries stopped until the connection is fixed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        connection_name = self.connection_name

        provider: str = self.provider

        sync_id = self.sync_id

        step = self.step

        error_code = self.error_code

        error_message = self.error_message

        failed_at = self.failed_at.isoformat()

        consecutive_failures = self.consecutive_failures

        next_retry_at: None | str
        if isinstance(self.next_retry_at, datetime.datetime):
            next_retry_at = self.next_retry_at.isoformat()
        else:
            next_retry_at = self.next_retry_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connection_id": connection_id,
                "connection_name": connection_name,
                "provider": provider,
                "sync_id": sync_id,
                "step": step,
                "error_code": error_code,
                "error_message": error_message,
                "failed_at": failed_at,
                "consecutive_failures": consecutive_failures,
                "next_retry_at": next_retry_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        connection_id = d.pop("connection_id")

        connection_name = d.pop("connection_name")

        provider = check_connection_provider(d.pop("provider"))

        sync_id = d.pop("sync_id")

        step = d.pop("step")

        error_code = d.pop("error_code")

        error_message = d.pop("error_message")

        failed_at = datetime.datetime.fromisoformat(d.pop("failed_at"))

        consecutive_failures = d.pop("consecutive_failures")

        def _parse_next_retry_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_retry_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_retry_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_retry_at = _parse_next_retry_at(d.pop("next_retry_at"))

        integration_sync_failed_webhook_data = cls(
            connection_id=connection_id,
            connection_name=connection_name,
            provider=provider,
            sync_id=sync_id,
            step=step,
            error_code=error_code,
            error_message=error_message,
            failed_at=failed_at,
            consecutive_failures=consecutive_failures,
            next_retry_at=next_retry_at,
        )

        integration_sync_failed_webhook_data.additional_properties = d
        return integration_sync_failed_webhook_data

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
