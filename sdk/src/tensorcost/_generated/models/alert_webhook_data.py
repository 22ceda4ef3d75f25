from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_severity import AlertSeverity, check_alert_severity
from ..models.alert_status import AlertStatus, check_alert_status

if TYPE_CHECKING:
    from ..models.alert_webhook_data_custom_details import AlertWebhookDataCustomDetails


T = TypeVar("T", bound="AlertWebhookData")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_webhook_data_custom_details import (
            AlertWebhookDataCustomDetails,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_rule_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rule_id = _parse_rule_id(d.pop("rule_id"))

        summary = d.pop("summary")

        severity = check_alert_severity(d.pop("severity"))

        status = check_alert_status(d.pop("status"))

        dedup_key = d.pop("dedup_key")

        source = d.pop("source")

        triggered_at = datetime.datetime.fromisoformat(d.pop("triggered_at"))

        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)

                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))

        custom_details = AlertWebhookDataCustomDetails.from_dict(
            d.pop("custom_details")
        )

        url = d.pop("url")

        alert_webhook_data = cls(
            id=id,
            rule_id=rule_id,
            summary=summary,
            severity=severity,
            status=status,
            dedup_key=dedup_key,
            source=source,
            triggered_at=triggered_at,
            resolved_at=resolved_at,
            custom_details=custom_details,
            url=url,
        )

        alert_webhook_data.additional_properties = d
        return alert_webhook_data

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
