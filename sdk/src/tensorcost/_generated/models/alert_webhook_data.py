from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    alert_webhook_data_custom_details as _alert_webhook_data_custom_details,
)
from ..models.alert_severity import (
    ALERT_SEVERITY_VALUES,
    AlertSeverity,
    check_alert_severity,
)
from ..models.alert_status import (
    ALERT_STATUS_VALUES,
    AlertStatus,
    check_alert_status,
)
from ..types import (
    model_repr,
    parse_datetime,
    parse_datetime_or_none,
    parse_object,
    parse_str,
    parse_str_or_none,
)

if TYPE_CHECKING:
    from ..models.alert_webhook_data_custom_details import AlertWebhookDataCustomDetails


T = TypeVar("T", bound="AlertWebhookData")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "rule_id",
        "summary",
        "severity",
        "status",
        "dedup_key",
        "source",
        "triggered_at",
        "resolved_at",
        "custom_details",
        "url",
    }
)


@_attrs_define(repr=False)
class AlertWebhookData:
    """Snapshot of an alert when it was triggered or resolved (fields after the PagerDuty Events v2 alert model)."""

    id: str
    """ Alert id. Opaque string; ids start with `alr_`. """
    rule_id: None | str
    """ The alert rule that fired; `null` for system alerts. Opaque string; ids start with `rul_`. """
    summary: str
    """ One-line description of what is wrong. """
    severity: AlertSeverity
    """ Severity on the PagerDuty Events v2 scale, shared by alerts, incidents and anomalies. """
    status: AlertStatus
    """ Alert status, as in PagerDuty (`triggered`, `acknowledged`, `resolved`) plus `ignored`, an
    audit-trailed dismissal. `triggered` and `acknowledged` are open; the other two are final.
     """
    dedup_key: str
    """ Key that groups repeated triggers of the same problem into one alert. """
    source: str
    """ The affected system, e.g. an instance name or an application. """
    triggered_at: datetime.datetime
    """ When the alert was triggered. """
    resolved_at: datetime.datetime | None
    """ When it was resolved; `null` while open. """
    custom_details: AlertWebhookDataCustomDetails
    """ Rule-specific values that triggered the alert (metric, observed value, threshold). """
    url: str
    """ The alert in the TensorCost console. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        id = self.id

        rule_id: None | str
        rule_id = self.rule_id

        summary = self.summary

        severity: str = self.severity

        status: str = self.status

        dedup_key = self.dedup_key

        source = self.source

        triggered_at = self.triggered_at.isoformat()

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        custom_details = self.custom_details.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "rule_id": rule_id,
                "summary": summary,
                "severity": severity,
                "status": status,
                "dedup_key": dedup_key,
                "source": source,
                "triggered_at": triggered_at,
                "resolved_at": resolved_at,
                "custom_details": custom_details,
                "url": url,
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
        obj.rule_id = (
            v if (v := d["rule_id"]) is None or v.__class__ is str else parse_str_or_none(d["rule_id"])
        )
        obj.summary = v if (v := d["summary"]).__class__ is str else parse_str(d["summary"])
        obj.severity = (
            v
            if (v := d["severity"]) in ALERT_SEVERITY_VALUES
            else check_alert_severity(d["severity"], "AlertWebhookData.severity")
        )
        obj.status = (
            v
            if (v := d["status"]) in ALERT_STATUS_VALUES
            else check_alert_status(d["status"], "AlertWebhookData.status")
        )
        obj.dedup_key = v if (v := d["dedup_key"]).__class__ is str else parse_str(d["dedup_key"])
        obj.source = v if (v := d["source"]).__class__ is str else parse_str(d["source"])
        obj.triggered_at = parse_datetime(d["triggered_at"])
        obj.resolved_at = parse_datetime_or_none(d["resolved_at"])
        obj.custom_details = _alert_webhook_data_custom_details.AlertWebhookDataCustomDetails.from_dict(
            d["custom_details"]
        )
        obj.url = v if (v := d["url"]).__class__ is str else parse_str(d["url"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 11 else {}
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
