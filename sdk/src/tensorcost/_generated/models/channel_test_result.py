from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChannelTestResult")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_id = d.pop("channel_id")

        event_id = d.pop("event_id")

        delivered = d.pop("delivered")

        def _parse_status_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status_code = _parse_status_code(d.pop("status_code"))

        latency_ms = d.pop("latency_ms")

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        tested_at = datetime.datetime.fromisoformat(d.pop("tested_at"))

        channel_test_result = cls(
            channel_id=channel_id,
            event_id=event_id,
            delivered=delivered,
            status_code=status_code,
            latency_ms=latency_ms,
            error=error,
            tested_at=tested_at,
        )

        channel_test_result.additional_properties = d
        return channel_test_result

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
