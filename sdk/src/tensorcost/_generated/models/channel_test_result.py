from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    parse_bool,
    parse_datetime,
    parse_int,
    parse_int_or_none,
    parse_object,
    parse_str,
    parse_str_or_none,
)

T = TypeVar("T", bound="ChannelTestResult")
_FIELDS: frozenset[str] = frozenset(
    {
        "channel_id",
        "event_id",
        "delivered",
        "status_code",
        "latency_ms",
        "error",
        "tested_at",
    }
)


@_attrs_define(repr=False)
class ChannelTestResult:
    """How a test notification was delivered."""

    channel_id: str
    """ The channel tested. Opaque string; ids start with `chn_`. """
    event_id: str
    """ The id of the `notification.test` event sent. Opaque string; ids start with `evt_`. """
    delivered: bool
    """ Whether the receiver accepted the notification (a 2xx status, or the mail server accepted the message). """
    status_code: int | None
    """ The receiver's HTTP status; `null` for email or when no HTTP response arrived. """
    latency_ms: int
    """ Milliseconds from sending to the receiver's answer (or to giving up). """
    error: None | str
    """ Why delivery failed; `null` when `delivered` is `true`. """
    tested_at: datetime.datetime
    """ When the test was sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        channel_id = self.channel_id

        event_id = self.event_id

        delivered = self.delivered

        status_code: int | None
        status_code = self.status_code

        latency_ms = self.latency_ms

        error: None | str
        error = self.error

        tested_at = self.tested_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_id": channel_id,
                "event_id": event_id,
                "delivered": delivered,
                "status_code": status_code,
                "latency_ms": latency_ms,
                "error": error,
                "tested_at": tested_at,
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
        obj.channel_id = v if (v := d["channel_id"]).__class__ is str else parse_str(d["channel_id"])
        obj.event_id = v if (v := d["event_id"]).__class__ is str else parse_str(d["event_id"])
        obj.delivered = v if (v := d["delivered"]).__class__ is bool else parse_bool(d["delivered"])
        obj.status_code = (
            v
            if (v := d["status_code"]) is None or v.__class__ is int
            else parse_int_or_none(d["status_code"])
        )
        obj.latency_ms = v if (v := d["latency_ms"]).__class__ is int else parse_int(d["latency_ms"])
        obj.error = v if (v := d["error"]) is None or v.__class__ is str else parse_str_or_none(d["error"])
        obj.tested_at = parse_datetime(d["tested_at"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 7 else {}
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
