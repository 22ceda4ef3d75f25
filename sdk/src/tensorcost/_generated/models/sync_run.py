from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import sync_error as _sync_error
from ..models import time_window as _time_window
from ..models.sync_run_status import (
    SYNC_RUN_STATUS_VALUES,
    SyncRunStatus,
    check_sync_run_status,
)
from ..types import (
    model_repr,
    parse_datetime,
    parse_datetime_or_none,
    parse_int,
    parse_nullable,
    parse_object,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.sync_error import SyncError
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="SyncRun")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "sync_id",
        "connection_id",
        "step",
        "status",
        "data_window",
        "started_at",
        "finished_at",
        "rows_ingested",
        "error",
    }
)


@_attrs_define(repr=False)
class SyncRun:
    """One step of one ingestion sync."""

    id: str
    """ Id of this step run. Opaque string; ids start with `stp_`. """
    sync_id: str
    """ Id of the sync this step belongs to; shared by its steps. Opaque string; ids start with `syn_`. """
    connection_id: str
    """ The connection synced. Opaque string; ids start with `con_`. """
    step: str
    """ Step name, e.g. `assume_role`, `fetch_cost_export`, `fetch_invocation_logs`, `fetch_usage_api`,
    `normalize_focus`, `load`. """
    status: SyncRunStatus
    """ State of one sync step. `skipped` means the step did not run because an earlier step failed or there was no
    new data. """
    data_window: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    started_at: datetime.datetime
    """ When the step started. """
    finished_at: datetime.datetime | None
    """ When the step finished; `null` while running. """
    rows_ingested: int
    """ Rows read and stored by this step so far. """
    error: None | SyncError
    """ Why the step failed; `null` unless `status` is `failed`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        from ..models.sync_error import SyncError  # noqa: PLC0415

        id = self.id

        sync_id = self.sync_id

        connection_id = self.connection_id

        step = self.step

        status: str = self.status

        data_window = self.data_window.to_dict()

        started_at = self.started_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        rows_ingested = self.rows_ingested

        error: dict[str, Any] | None
        if isinstance(self.error, SyncError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sync_id": sync_id,
                "connection_id": connection_id,
                "step": step,
                "status": status,
                "data_window": data_window,
                "started_at": started_at,
                "finished_at": finished_at,
                "rows_ingested": rows_ingested,
                "error": error,
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
        obj.sync_id = v if (v := d["sync_id"]).__class__ is str else parse_str(d["sync_id"])
        obj.connection_id = v if (v := d["connection_id"]).__class__ is str else parse_str(d["connection_id"])
        obj.step = v if (v := d["step"]).__class__ is str else parse_str(d["step"])
        obj.status = (
            v
            if (v := d["status"]) in SYNC_RUN_STATUS_VALUES
            else check_sync_run_status(d["status"], "SyncRun.status")
        )
        obj.data_window = _time_window.TimeWindow.from_dict(d["data_window"])
        obj.started_at = parse_datetime(d["started_at"])
        obj.finished_at = parse_datetime_or_none(d["finished_at"])
        obj.rows_ingested = v if (v := d["rows_ingested"]).__class__ is int else parse_int(d["rows_ingested"])
        obj.error = parse_nullable(_sync_error.SyncError.from_dict, d["error"])
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
