from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_provider import (
    CONNECTION_PROVIDER_VALUES,
    ConnectionProvider,
    check_connection_provider,
)
from ..types import (
    model_repr,
    parse_datetime,
    parse_datetime_or_none,
    parse_int,
    parse_object,
    parse_str,
)

T = TypeVar("T", bound="IntegrationSyncFailedWebhookData")
_FIELDS: frozenset[str] = frozenset(
    {
        "connection_id",
        "connection_name",
        "provider",
        "sync_id",
        "step",
        "error_code",
        "error_message",
        "failed_at",
        "consecutive_failures",
        "next_retry_at",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.connection_id = v if (v := d["connection_id"]).__class__ is str else parse_str(d["connection_id"])
        obj.connection_name = (
            v if (v := d["connection_name"]).__class__ is str else parse_str(d["connection_name"])
        )
        obj.provider = (
            v
            if (v := d["provider"]) in CONNECTION_PROVIDER_VALUES
            else check_connection_provider(d["provider"], "IntegrationSyncFailedWebhookData.provider")
        )
        obj.sync_id = v if (v := d["sync_id"]).__class__ is str else parse_str(d["sync_id"])
        obj.step = v if (v := d["step"]).__class__ is str else parse_str(d["step"])
        obj.error_code = v if (v := d["error_code"]).__class__ is str else parse_str(d["error_code"])
        obj.error_message = v if (v := d["error_message"]).__class__ is str else parse_str(d["error_message"])
        obj.failed_at = parse_datetime(d["failed_at"])
        obj.consecutive_failures = (
            v if (v := d["consecutive_failures"]).__class__ is int else parse_int(d["consecutive_failures"])
        )
        obj.next_retry_at = parse_datetime_or_none(d["next_retry_at"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 10 else {}
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
